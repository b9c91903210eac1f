// The site's data files and the guide pages' frontmatter read straight from disk, through the same schemas as the
// content collections (src/schemas/), for code that runs outside Astro: unit tests, browser tests and scripts. Pages
// and components use the collections instead. Each file is read once per process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from './yaml-file.ts';
import { z } from 'astro/zod';
import { parseFrontmatter } from 'astro/markdown';
import { dataFiles, type DataFiles, type DocumentFile, type ListFile } from '../schemas/data-files.ts';
import { guideFolder, guideSchema } from '../schemas/guide.ts';
import { guidePath } from '../lib/urls.ts';
import { buildTree, type StageTree } from '../lib/stage-finder/tree.ts';
import { wordingWithRecipient, type Wording } from '../lib/letters/wording.ts';

type Output<K extends keyof DataFiles> = z.output<DataFiles[K]['schema']>;

const read = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
  if (!read.has(key)) read.set(key, load());
  return read.get(key) as T;
}

function parsed(name: keyof DataFiles, value: unknown): unknown {
  const result = dataFiles[name].schema.safeParse(value);
  if (!result.success) throw new Error(`${dataFiles[name].path} is not right:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Every entry of a list file (contacts, glossary, search synonyms), checked by its schema. */
export function readEntries<K extends ListFile>(name: K): Output<K>[] {
  return once(name, () => {
    const entries = parseYaml(readFileSync(dataFiles[name].path, 'utf8'), dataFiles[name].path) as unknown[];
    return entries.map((entry) => parsed(name, entry)) as Output<K>[];
  });
}

/** A document file's text (the stage tool's words, the letters' words) checked by its schema; throws naming the file. */
export function parseDocument<K extends DocumentFile>(name: K, yamlText: string): Output<K> {
  return parsed(name, parseYaml(yamlText, dataFiles[name].path)) as Output<K>;
}

/** The one document of a document file, as it is on disk. */
export function readDocument<K extends DocumentFile>(name: K): Output<K> {
  return once(name, () => parseDocument(name, readFileSync(dataFiles[name].path, 'utf8')));
}

/** The stage tool's tree, as the build makes it. */
export function readStageTree(): StageTree {
  return once('stage-tree', () =>
    buildTree(
      readDocument('stageFinder'),
      readEntries('contacts').map((c) => c.id),
    ),
  );
}

/** The letters' words, as the build gives them to the letter pages. */
export function readLetterWording(): Wording {
  return once('letter-wording', () => wordingWithRecipient(readDocument('letters'), readEntries('contacts')));
}

/** A guide page as the build reads it: its entry id (its file name), its address in the site and its frontmatter. */
export type GuidePage = { id: string; path: string; data: z.output<ReturnType<typeof guidePageSchema>>; body: string };

/** The frontmatter schema, with a first action's contact checked against contacts.yaml as reference() checks it. */
function guidePageSchema(contactIds: readonly string[]) {
  const contact = z
    .string()
    .refine((id) => contactIds.includes(id), {
      error: (issue) => `no contact "${String(issue.input)}" in contacts.yaml`,
    })
    .transform((id) => ({ collection: 'contacts' as const, id }));
  return guideSchema(contact);
}

/**
 * Every guide page (src/content/guide/*.mdx), its frontmatter read by Astro's own frontmatter parser and checked by
 * the collection's schema; throws naming the file. Ids are the file paths without ".mdx", as the glob loader makes
 * them for these lower-case, hyphenated names.
 */
export function readGuidePages(): GuidePage[] {
  return once('guide', () => {
    const schema = guidePageSchema(readEntries('contacts').map((contact) => contact.id));
    return readdirSync(guideFolder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => {
        const { frontmatter, content } = parseFrontmatter(readFileSync(join(guideFolder, file), 'utf8'));
        const result = schema.safeParse(frontmatter);
        if (!result.success) throw new Error(`${guideFolder}/${file} is not right:\n${z.prettifyError(result.error)}`);
        const id = file.replace(/\.mdx$/, '');
        return { id, path: guidePath(id), data: result.data, body: content };
      });
  });
}
