// The search index, written by Pagefind's Node API when the pages are built, so `astro build` alone gives a site
// whose search works (the model is Starlight's). Search loads it only when someone searches (src/enhance/). The
// markup only Pagefind reads is then taken out of the pages (search-markup.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { editBuiltPages } from './built-pages.ts';
import { withoutSearchMarkup } from './search-markup.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'your-voice:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join(', ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join(', ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its files: ${written.errors.join(', ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await close();
        }
        // Indexed: the markup only Pagefind reads can go.
        await editBuiltPages(site, withoutSearchMarkup);
      },
    },
  };
}
