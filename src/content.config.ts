import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { sources } from './data/sources.ts';
import { telFromDisplay } from './lib/phone.ts';
import { easyReadSchema } from './schemas/easy-read.ts';

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

// A number is written once, as people read it; its tel: link is worked out from it (src/lib/phone.ts).
const phone = z
  .object({
    display: z.string(),
    label: z.string().optional(),
    cost: z.string().optional(),
  })
  .transform((phone, context) => {
    try {
      return { ...phone, tel: telFromDisplay(phone.display) };
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message, path: ['display'] });
      return z.NEVER;
    }
  });

const contacts = defineCollection({
  loader: file('src/data/contacts.yaml'),
  schema: z.object({
    id: z.string(),
    name: z.string(),
    organisation: z.string(),
    about: z.string(),
    phone: phone.optional(),
    email: z.email().optional(),
    web: z.url().optional(),
    webDisplay: z.string().optional(),
    post: z.array(z.string()).optional(),
    postNote: z.string().optional(),
    paperForm: z.string().optional(),
    hours: z.string().optional(),
    /** What the source leaves blank, said plainly on the site. */
    gap: z.string().optional(),
    source: z.string(),
  }),
});

const glossary = defineCollection({
  loader: file('src/data/glossary.yaml'),
  schema: z.object({
    id: z.string(),
    term: z.string(),
    /** Other forms of the term on pages ("advocates", "personal adviser"). */
    aliases: z.array(z.string()).default([]),
    definition: z.string(),
  }),
});

// Everyday words search swaps for the site's words (see src/lib/search-query.ts).
const searchSynonyms = defineCollection({
  loader: file('src/data/search-synonyms.yaml'),
  schema: z.object({
    id: z.string(),
    words: z.array(z.string()).min(1),
  }),
});

// The Easy Read pages: the core of the guide in short words with a picture beside each idea (src/schemas/easy-read.ts).
const easyRead = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/easy-read' }),
  schema: easyReadSchema,
});

export const collections = { guide, contacts, glossary, searchSynonyms, easyRead };
