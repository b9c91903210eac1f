// Each page's content security policy <meta> keeps only the hashes of its own inline scripts and styles: Astro lists
// every hash the site uses on every page, and hashes do not compress. A page without a policy stops the build.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { editBuiltPages } from './built-pages.ts';
import { metaPolicy, pruneMetaHashes } from './security-policy.ts';

export function policyHashes(): AstroIntegration {
  return {
    name: 'your-voice:policy-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await editBuiltPages(fileURLToPath(dir), (html, page) => {
          if (!metaPolicy(html)) throw new Error(`${page} has no content security policy <meta>`);
          return pruneMetaHashes(html);
        });
        logger.info(`kept each page's own policy hashes (${pages} pages)`);
      },
    },
  };
}
