// The letter helper's words once read (src/schemas/letters.ts checks them): the pieces every letter page needs.
import { fill } from './fill.ts';
import { complaintsContactId } from './recipient.ts';
import type { LetterId, QuestionId } from './types.ts';
import type { LetterParts, LetterWords, QuestionWords, Wording } from '../../schemas/letters.ts';

export type { LetterParts, LetterWords, QuestionWords, Wording };

/** The letters with {recipient} filled in. */
export function withRecipient(wording: Wording, recipient: string): Wording {
  const letters = Object.fromEntries(
    Object.entries(wording.letters).map(([id, w]) => [id, { ...w, to: w.to && fill(w.to, { recipient }) }]),
  );
  return { ...wording, letters: letters as Wording['letters'] };
}

/** The letters' words with the name of who complaints go to (the Complaints Officer, from the contacts). */
export function wordingWithRecipient(
  wording: Wording,
  contacts: readonly { id: string; name: string; organisation: string }[],
): Wording {
  const officer = contacts.find((contact) => contact.id === complaintsContactId);
  if (!officer) throw new Error(`letters: no "${complaintsContactId}" in src/data/contacts.yaml`);
  return withRecipient(wording, `${officer.name}, ${officer.organisation}`);
}

/** What writing a letter needs: the shared letter parts and at least the words of that letter. */
export type LetterWording = { letterParts: LetterParts; letters: Partial<Record<LetterId, LetterWords>> };

/** A question's words in one letter: the shared words with the letter's own changes on top. */
export function questionWordsFor(wording: Wording, letter: LetterId, id: QuestionId): QuestionWords {
  return { ...wording.questions[id], ...wording.letters[letter].questions[id] } as QuestionWords;
}
