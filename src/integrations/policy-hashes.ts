// Each page's content security policy <meta> keeps only the hashes of its own inline scripts and styles: Astro lists
// every hash the site uses on every page, and hashes do not compress. A page without a policy stops the build.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages.ts';
import { metaPolicy, pruneMetaHashes } from './security-policy.ts';

export function policyHashes(): AstroIntegration {
  return {
    name: 'your-voice:policy-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtPages(out);
        for (const page of pages) {
          const html = await readFile(join(out, page), 'utf8');
          if (!metaPolicy(html)) throw new Error(`${page} has no content security policy <meta>`);
          const pruned = pruneMetaHashes(html);
          if (pruned !== html) await writeFile(join(out, page), pruned);
        }
        logger.info(`kept each page's own policy hashes (${pages.length} pages)`);
      },
    },
  };
}
