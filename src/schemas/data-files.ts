// The data files behind the content collections, each with its schema, listed once: src/content.config.ts loads
// them for the site, and src/loaders/data-files.ts reads the same files through the same schemas for code that runs
// outside Astro (unit tests, browser tests, scripts). A file with `entry` is one document, loaded as one entry.
import { contactSchema } from './contacts.ts';
import { glossarySchema } from './glossary.ts';
import { wordingSchema } from './letters.ts';
import { searchSynonymSchema } from './search-synonyms.ts';
import { wordsSchema } from './stage-finder.ts';

export const dataFiles = {
  contacts: { path: 'src/data/contacts.yaml', schema: contactSchema },
  glossary: { path: 'src/data/glossary.yaml', schema: glossarySchema },
  searchSynonyms: { path: 'src/data/search-synonyms.yaml', schema: searchSynonymSchema },
  stageFinder: { path: 'src/data/stage-finder.yaml', schema: wordsSchema, entry: 'words' },
  letters: { path: 'src/data/letters.yaml', schema: wordingSchema, entry: 'wording' },
} as const;

export type DataFiles = typeof dataFiles;
/** Files that hold a list of entries, each with an `id`. */
export type ListFile = { [K in keyof DataFiles]: DataFiles[K] extends { entry: string } ? never : K }[keyof DataFiles];
/** Files that hold one document. */
export type DocumentFile = Exclude<keyof DataFiles, ListFile>;
