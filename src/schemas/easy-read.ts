// An Easy Read page's frontmatter (src/content/easy-read/*.mdx): the standard pages it stands for, its picture, and
// the hard words it explains. A page will not build without them, as a guide page will not without its sources.
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { sources } from '../data/sources.ts';
import { pictureIds } from '../data/easy-read-pictures.ts';

const sourceKeys = Object.keys(sources) as [keyof typeof sources, ...(keyof typeof sources)[]];
const pictures = pictureIds as [(typeof pictureIds)[number], ...(typeof pictureIds)[number][]];

export const easyReadSchema = z.object({
  /** The page's heading (h1). The browser tab and search results add "Easy Read". */
  title: z.string().min(3),
  /** One or two short Easy Read sentences: the meta description, and the line under the page's link in the list. */
  summary: z.string().min(20).max(200),
  /** The page's picture in the list of Easy Read pages: a picture from src/data/easy-read-pictures.ts. */
  picture: z.enum(pictures),
  /**
   * The standard pages this page is the Easy Read version of, by their file names in src/content/guide/. Each of them
   * links here ("Easy Read version"); the first is where this page's "Standard version" link goes.
   */
  standard: z.array(reference('guide')).min(1),
  /** Order in the list of Easy Read pages on the Easy Read start page. */
  order: z.number().int(),
  reviewed: z.coerce.date(),
  sources: z.array(z.enum(sourceKeys)).min(1),
  /** Everyday words people might search with; indexed by search, never shown. */
  searchTerms: z.array(z.string()).default([]),
  /**
   * The "Hard words" box at the end: each hard word the page uses, what it means in Easy Read, and its picture. The
   * page explains each one in the sentence after it first appears, too.
   */
  hardWords: z.array(z.object({ word: z.string(), means: z.string().min(3), picture: z.enum(pictures) })).default([]),
});
