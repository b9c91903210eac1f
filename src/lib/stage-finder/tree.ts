// The "Which stage am I at?" decision tree, built from its words (src/data/stage-finder.yaml, checked by
// src/schemas/stage-finder.ts). Questions point at the next node by id; every path ends at an outcome.
// Pure: the build (src/loaders/stage-finder.ts) and the tests (src/loaders/data-files.ts) pass the words in.
import type { Answer, Outcome, Question, StageNode, Words } from '../../schemas/stage-finder.ts';

export type StageTree = { startNodeId: string; nodes: Readonly<Record<string, StageNode>> };

/** "{phone:complaints-officer}" in a text: the contact's number, shown from contacts.yaml. */
export const phonePattern = /\{phone:([a-z0-9-]+)\}/g;

/** Every contact an outcome names that is not in the contacts, said so the content owner can find it. */
function unknownContacts(words: Words, contactIds: readonly string[]): string[] {
  const known = new Set(contactIds);
  return words.outcomes.flatMap((outcome) => {
    const texts = [
      outcome.now,
      outcome.nowLate ?? [],
      outcome.next,
      outcome.byWhen ?? [],
      outcome.late,
      outcome.nextStep,
    ];
    const phones = [...texts.flat().join(' ').matchAll(phonePattern)].map((match) => match[1]!);
    return [
      ...outcome.contacts.filter((id) => !known.has(id)).map((id) => `${outcome.id}: no contact "${id}"`),
      ...phones.filter((id) => !known.has(id)).map((id) => `${outcome.id}: {phone:${id}}: no contact "${id}"`),
    ];
  });
}

/** The nodes of the tree. Throws a message naming every contact the words name that does not exist. */
export function buildTree(words: Words, contactIds: readonly string[]): StageTree {
  const unknown = unknownContacts(words, contactIds);
  if (unknown.length) {
    throw new Error(
      `src/data/stage-finder.yaml names contacts that are not in src/data/contacts.yaml:\n${unknown.join('\n')}`,
    );
  }
  const notSure = (next: string): Answer => ({ id: 'not-sure', label: words.notSureLabel, next });
  const questions = words.questions.map((q): Question => ({
    kind: 'question',
    id: q.id,
    question: q.question,
    ...(q.hint ? { hint: q.hint } : {}),
    answers: q.happy
      ? [
          { id: 'yes', label: words.happyLabels.yes, next: q.happy.yes },
          { id: 'no', label: words.happyLabels.no, next: q.happy.no },
          notSure(q.happy.no),
        ]
      : [...q.answers!, notSure(q.notSure!)],
  }));
  const outcomes = words.outcomes.map((o): Outcome => ({ kind: 'outcome', ...o }));
  return {
    startNodeId: words.start,
    nodes: Object.fromEntries([...questions, ...outcomes].map((node) => [node.id, node])),
  };
}
