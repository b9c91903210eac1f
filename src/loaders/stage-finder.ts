// The "Which stage am I at?" decision tree, read from its words in src/data/stage-finder.yaml (checked by schema.ts).
// Questions point at the next node by id; every path ends at an outcome. Runs at build time and in unit tests only:
// the browser gets the tree's links as JSON, never this file.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { wordsSchema, type Answer, type Outcome, type Question, type StageNode, type Words } from '../schemas/stage-finder.ts';

/** The ids of src/data/contacts.yaml (a list of entries with an `id`). */
export function contactIdsIn(contactsYaml: string): string[] {
  const entries = z.array(z.object({ id: z.string() })).parse(parse(contactsYaml));
  return entries.map((entry) => entry.id);
}

/** Checks the words and builds the nodes. Throws a message naming where the file is wrong. */
export function readTree(
  wordsYaml: string,
  contactIds: readonly string[],
): { startNodeId: string; nodes: Record<string, StageNode> } {
  const result = wordsSchema(contactIds).safeParse(parse(wordsYaml));
  if (!result.success) throw new Error(`src/data/stage-finder.yaml is not right:\n${z.prettifyError(result.error)}`);
  const words: Words = result.data;
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

// Read from the project folder, as Astro's own file() loader reads contacts.yaml: the build and the tests run there.
const tree = readTree(
  readFileSync('src/data/stage-finder.yaml', 'utf8'),
  contactIdsIn(readFileSync('src/data/contacts.yaml', 'utf8')),
);

export const startNodeId = tree.startNodeId;
export const nodes: Readonly<Record<string, StageNode>> = tree.nodes;
