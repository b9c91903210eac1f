// The main menu and the footer links, built once from the guide pages' frontmatter and src/data/routes.ts
// (see src/lib/navigation.ts for the rule). Adding a page with `navOrder` or `footerOrder` needs no code change.
import { getCollection } from 'astro:content';
import { routePages } from '../data/routes.ts';
import { menuLinks, type NavPage } from '../lib/navigation.ts';
import { guidePath } from '../lib/urls.ts';

const guidePages: NavPage[] = (await getCollection('guide')).map((entry) => ({
  path: guidePath(entry.id),
  ...entry.data,
}));
const pages = [...guidePages, ...routePages];

export const primaryNavigation = menuLinks(pages, 'navOrder');
export const footerLinks = menuLinks(pages, 'footerOrder');
