import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlFile } from './loaders/yaml-file.ts';
import { dataFiles } from './schemas/data-files.ts';
import { easyReadSchema } from './schemas/easy-read.ts';
import { guideFolder, guideSchema } from './schemas/guide.ts';

export { sections } from './schemas/guide.ts';

// The guide's pages: their frontmatter through src/schemas/guide.ts, a first action naming an entry of contacts.
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${guideFolder}` }),
  schema: guideSchema(reference('contacts')),
});

// The data files, each through its schema (src/schemas/data-files.ts lists them once, for these collections and for
// code outside Astro). A one-document file (the stage tool's words, the letters' words) is one entry.
export const collections = {
  guide,
  contacts: defineCollection({ loader: yamlFile(dataFiles.contacts.path), schema: dataFiles.contacts.schema }),
  glossary: defineCollection({ loader: yamlFile(dataFiles.glossary.path), schema: dataFiles.glossary.schema }),
  searchSynonyms: defineCollection({
    loader: yamlFile(dataFiles.searchSynonyms.path),
    schema: dataFiles.searchSynonyms.schema,
  }),
  stageFinder: defineCollection({
    loader: yamlFile(dataFiles.stageFinder.path, dataFiles.stageFinder.entry),
    schema: dataFiles.stageFinder.schema,
  }),
  letters: defineCollection({
    loader: yamlFile(dataFiles.letters.path, dataFiles.letters.entry),
    schema: dataFiles.letters.schema,
  }),
  // The Easy Read pages: the core of the guide in short words with a picture beside each idea (src/schemas/easy-read.ts).
  easyRead: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/easy-read' }),
    schema: easyReadSchema,
  }),
};
