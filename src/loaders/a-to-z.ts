// Every page a young person can find in the A to Z (guide pages not marked unlisted, and navigation pages outside
// the guide such as the stage tool), with addresses that carry the base path. Shared by the search page and the
// A to Z section pages.
import { getCollection } from 'astro:content';
import { sections } from '../content.config.ts';
import {
  atoZBySection,
  atoZFitsOnSearchPage,
  pagesOnlyInNavigation,
  type AtoZPage,
  type AtoZSection,
} from '../lib/search.ts';
import { guidePath, withBase } from '../lib/urls.ts';
import { footerLinks, primaryNavigation } from './navigation.ts';

export async function atoZSections(base: string): Promise<{ sections: AtoZSection[]; fits: boolean }> {
  const guidePages: AtoZPage[] = (await getCollection('guide', (entry) => !entry.data.unlisted)).map((entry) => ({
    title: entry.id === 'index' ? 'Home page' : entry.data.title,
    summary: entry.data.summary,
    path: guidePath(entry.id),
    section: entry.data.section,
  }));
  const otherPages = pagesOnlyInNavigation(
    [...primaryNavigation, ...footerLinks],
    new Set(guidePages.map((page) => page.path)),
  );
  const pages = [...guidePages, ...otherPages].map((page) => ({ ...page, path: withBase(base, page.path) }));
  return { sections: atoZBySection(pages, sections), fits: atoZFitsOnSearchPage(pages) };
}
