// Writes a letter from the answers: plain text, short paragraphs, the young person's words as they typed them.
// Every fixed word comes from src/data/letters.yaml (passed in as `wording`), every date from the context.
// Pure: the same answers, words and day always give the same letter.
import { formatDate } from '../dates.ts';
import { fromIso } from './deadlines.ts';
import { answersInUse } from './questions.ts';
import type { LetterWording } from './wording.ts';
import { fill } from './fill.ts';
import type { Answers, LetterContext, LetterId } from './types.ts';

export type Letter = { subject: string; text: string };

/** A heading and the young person's words under it, or nothing when they skipped the question. */
function section(heading: string, words: string | undefined): string | undefined {
  return words ? `${heading}\n${words}` : undefined;
}

export function buildLetter(letter: LetterId, given: Answers, wording: LetterWording, ctx: LetterContext): Letter {
  const w = wording.letters[letter];
  if (!w) throw new Error(letter);
  const p = wording.letterParts;
  const a = answersInUse(given, ctx);
  // Only the answers fill placeholders, so words typed with braces stay as typed.
  const values: Record<string, string | undefined> = {
    ...a,
    replyDate: a.replyDate && formatDate(fromIso(a.replyDate)),
  };
  const put = (template: string) => fill(template, values);

  const details = [
    a.reference && put(p.reference),
    a.replyDate && w.replyDate && put(w.replyDate),
    letter !== 'explain-a-decision' && a.worker && put(p.worker),
  ]
    .filter(Boolean)
    .join(' ');

  const advocate =
    a.advocate === 'want'
      ? p.advocateWant
      : a.advocate === 'have'
        ? put(a.advocateName ? p.advocateHave : p.advocateHaveNoName)
        : undefined;

  // Stage 3: going to the panel, and who comes along (their advocate, if they have one, and one other person).
  let panel: string | undefined;
  if (letter === 'stage-3' && a.attend) {
    const bringing =
      a.attend === 'yes'
        ? [a.advocate === 'have' && w.bringAdvocate, a.otherPerson && w.bringOther && put(w.bringOther)]
        : [];
    const lines = [a.attend === 'yes' ? w.attendYes : w.attendNo, ...bringing].filter(Boolean);
    if (bringing.some(Boolean) && w.speakForMe) lines.push(w.speakForMe);
    panel = lines.join(' ');
  }

  const contactBy = a.contactBy as keyof typeof p.contact | undefined;
  const contact = [contactBy && p.contact[contactBy], a.contactDetail && put(p.contactDetail)]
    .filter(Boolean)
    .join('\n');

  const greeting = letter === 'explain-a-decision' && !a.worker ? (w.greetingNoName ?? w.greeting) : put(w.greeting);

  const paragraphs = [
    [a.name, formatDate(ctx.today)].filter(Boolean).join('\n'),
    w.to,
    greeting,
    w.opening,
    details || undefined,
    a.urgent === 'yes' ? put(a.urgentDate ? p.urgent : p.urgentNoDate) : undefined,
    a.urgent === 'yes' ? section(p.urgentWhat, a.urgentWhat) : undefined,
    section(w.happened, a.happened),
    section(p.whyNow, a.whyNow),
    section(p.affected, a.affected),
    section(w.putRight, a.putRight),
    panel,
    [advocate, a.help && put(p.help)].filter(Boolean).join('\n') || undefined,
    w.asks,
    a.mayComplain === 'yes' ? w.mayComplain : undefined,
    contact || undefined,
    [p.signOff, a.name].filter(Boolean).join('\n'),
  ];

  const subject = a.reference && w.subjectWithReference ? put(w.subjectWithReference) : w.subject;
  return { subject, text: paragraphs.filter((x): x is string => Boolean(x)).join('\n\n') };
}
