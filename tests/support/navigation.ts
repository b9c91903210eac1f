// The main menu as the site builds it (src/loaders/navigation.ts), from the same frontmatter and routes, read outside
// Astro through src/loaders/data-files.ts.
import { readGuidePages } from '../../src/loaders/data-files.ts';
import { routePages } from '../../src/data/routes.ts';
import { menuLinks } from '../../src/lib/navigation.ts';

const guidePages = readGuidePages().map((page) => ({ ...page.data, path: page.path }));

export const primaryNavigation = menuLinks([...guidePages, ...routePages], 'navOrder');
