import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { parse } from 'yaml';
import { dataFiles } from './schemas/data-files.ts';
import { guideFolder, guideSchema } from './schemas/guide.ts';

export { sections } from './schemas/guide.ts';

// The guide's pages: their frontmatter through src/schemas/guide.ts, a first action naming an entry of contacts.
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${guideFolder}` }),
  schema: guideSchema(reference('contacts')),
});

// The data files, each through its schema (src/schemas/data-files.ts lists them once, for these collections and for
// code outside Astro). A one-document file (the stage tool's words, the letters' words) is one entry.
const { contacts, glossary, searchSynonyms, stageFinder, letters } = dataFiles;
const oneEntry = (id: string) => ({ parser: (text: string) => ({ [id]: parse(text) as Record<string, unknown> }) });

export const collections = {
  guide,
  contacts: defineCollection({ loader: file(contacts.path), schema: contacts.schema }),
  glossary: defineCollection({ loader: file(glossary.path), schema: glossary.schema }),
  searchSynonyms: defineCollection({ loader: file(searchSynonyms.path), schema: searchSynonyms.schema }),
  stageFinder: defineCollection({
    loader: file(stageFinder.path, oneEntry(stageFinder.entry)),
    schema: stageFinder.schema,
  }),
  letters: defineCollection({ loader: file(letters.path, oneEntry(letters.entry)), schema: letters.schema }),
};
