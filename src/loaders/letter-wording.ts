// The letter helper's words for the pages, from the letters and contacts collections, read once per build.
// The browser gets only each letter's own words, as JSON (src/lib/letters/helper-data.ts).
import { getCollection, getEntry } from 'astro:content';
import { wordingWithRecipient, type Wording } from '../lib/letters/wording.ts';

const words = await getEntry('letters', 'wording');
if (!words) throw new Error('src/data/letters.yaml did not load');

export const letterWording: Wording = wordingWithRecipient(
  words.data,
  (await getCollection('contacts')).map((contact) => contact.data),
);
