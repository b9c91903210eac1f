// The schema of a guide page's frontmatter (src/content/guide/*.mdx): a page will not build without a title, a
// summary, a review date and its sources. The contact a page's first action names is passed in: Astro's
// reference('contacts') for the collection (src/content.config.ts), a check against contacts.yaml's ids for code
// outside Astro (src/loaders/data-files.ts), both giving { collection: 'contacts', id }.
import { z } from 'astro/zod';
import { sources } from '../data/sources.ts';

/** Where the pages are, one .mdx file each. */
export const guideFolder = 'src/content/guide';

export const sections = ['home', 'have-your-say', 'support', 'advocacy', 'complaints', 'about'] as const;

const sourceKeys = Object.keys(sources) as [keyof typeof sources, ...(keyof typeof sources)[]];

/** The frontmatter schema, with `contactReference` as the schema of a reference to a contact. */
export function guideSchema<Reference extends z.ZodType>(contactReference: Reference) {
  return z.object({
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
        contact: contactReference,
        kind: z.enum(['phone', 'email', 'web']),
        who: z.string().optional(),
      })
      .optional(),
  });
}
