// The site's data files read straight from disk, through the same schemas as the content collections
// (src/schemas/data-files.ts), for code that runs outside Astro: unit tests, browser tests and scripts. Pages and
// components use the collections instead. Each file is read once per process.
import { readFileSync } from 'node:fs';
import { parseYaml } from './yaml-file.ts';
import { z } from 'astro/zod';
import { dataFiles, type DataFiles, type DocumentFile, type ListFile } from '../schemas/data-files.ts';
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
