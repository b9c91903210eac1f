// The pages of a built site, for the build's own jobs (src/integrations/) and for every script that reads them
// (budget, readability, link check, HTML check). Pagefind's folder holds its own files, not pages.
import { readdirSync } from 'node:fs';
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
