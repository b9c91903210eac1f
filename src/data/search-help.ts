// The three pages most people who search need, shown when search finds nothing and when search cannot run
// (JavaScript off). Their names come from the navigation, so a renamed page is renamed here too.
import { primaryNavigation } from './navigation.ts';

const mostUsefulPaths = ['/how-to-complain/', '/get-an-advocate/', '/which-stage/'] as const;

export const mostUsefulPages = mostUsefulPaths.map((path) => {
  const link = primaryNavigation.find((item) => item.path === path);
  if (!link) throw new Error(`src/data/search-help.ts: ${path} is not in the primary navigation`);
  return link;
});
