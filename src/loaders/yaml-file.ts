// The site's YAML data files as content collections. Unlike Astro's own file() loader, which logs a YAML mistake
// and carries on with an empty collection, a file that is not valid YAML stops the build, naming the file and the
// line: a content owner's missing quote should never leave a page without its phone numbers.
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** A YAML text as data; throws naming the file and the place of a mistake. */
export function parseYaml(text: string, path: string): unknown {
  try {
    return parse(text, { prettyErrors: true });
  } catch (error) {
    throw new Error(`${path} is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

/** The entries of a list file: each item with its `id`. */
function listEntries(data: unknown, path: string): [string, Record<string, unknown>][] {
  if (!Array.isArray(data)) throw new Error(`${path} should be a list of entries, each starting "- id: "`);
  return data.map((item: Record<string, unknown>, i) => {
    if (typeof item?.id !== 'string') throw new Error(`${path}: entry ${i + 1} has no id`);
    return [item.id, item];
  });
}

/** A collection from one YAML file: a list of entries with ids or, given `entry`, the whole document as one entry. */
export function yamlFile(path: string, entry?: string): Loader {
  return {
    name: 'your-voice:yaml-file',
    load: async ({ store, parseData }) => {
      const data = parseYaml(await readFile(path, 'utf8'), path);
      const entries = entry ? [[entry, data as Record<string, unknown>] as const] : listEntries(data, path);
      const ids = entries.map(([id]) => id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length) throw new Error(`${path}: two entries have the id ${twice.join(', ')}`);
      store.clear();
      for (const [id, raw] of entries) {
        store.set({ id, data: await parseData({ id, data: raw, filePath: path }), filePath: path });
      }
    },
  };
}
