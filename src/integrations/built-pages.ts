// The pages of a built site, for the build's own jobs (src/integrations/) and for every script that reads them
// (budget, readability, link check, HTML check). Pagefind's folder holds its own files, not pages.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every .html file under `dist`, as a path relative to it with forward slashes ('index.html', 'stage-1/index.html'),
 * sorted so reports list pages in the same order on every machine.
 */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((page) => !page.startsWith('pagefind/'))
    .sort();
}

/** Edits every built page in place, one after another; a page the edit leaves as it was is not written again. */
export async function editBuiltPages(dist: string, edit: (html: string, page: string) => string): Promise<number> {
  const pages = builtPages(dist);
  for (const page of pages) {
    const file = join(dist, page);
    const html = await readFile(file, 'utf8');
    const edited = edit(html, page);
    if (edited !== html) await writeFile(file, edited);
  }
  return pages.length;
}
