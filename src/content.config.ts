import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sources } from './data/sources.ts';
import { yamlFile } from './loaders/yaml-file.ts';
import { dataFiles } from './schemas/data-files.ts';

const sourceKeys = Object.keys(sources) as [keyof typeof sources, ...(keyof typeof sources)[]];

export const sections = ['home', 'have-your-say', 'support', 'advocacy', 'complaints', 'about'] as const;

// A guide page will not build without a title, a summary, a review date and its sources.
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guide' }),
  schema: z.object({
    title: z.string().min(3),
    /** One or two plain sentences: the meta description and link preview. */
    summary: z.string().min(20).max(200),
    /** Shorter title for navigation and breadcrumbs. */
    navTitle: z.string().optional(),
    section: z.enum(sections),
    reviewed: z.coerce.date(),
    sources: z.array(z.enum(sourceKeys)).min(1),
    /** Everyday words people might search with; indexed by search, never shown. */
    searchTerms: z.array(z.string()).default([]),
    /** Order in the primary navigation; pages without it are not in the navigation (src/lib/navigation.ts). */
    navOrder: z.number().int().optional(),
    /** Order in the footer links; pages without it are not in the footer. */
    footerOrder: z.number().int().optional(),
    /** Hide from search results and the A to Z (e.g. the 404 text). */
    unlisted: z.boolean().default(false),
    /**
     * The one thing most readers came for, shown straight after the h1 as an instruction with a link
     * ("Call the Complaints Officer on 020 8359 7008"). `contact` is an id in contacts.yaml; `who` is how the page
     * names them (default: the contact's name). Written as the last line of the frontmatter, e.g.
     * `firstAction: { contact: complaints-officer, kind: phone, who: the Complaints Officer }`.
     */
    firstAction: z
      .object({
        contact: reference('contacts'),
        kind: z.enum(['phone', 'email', 'web']),
        who: z.string().optional(),
      })
      .optional(),
  }),
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
};
