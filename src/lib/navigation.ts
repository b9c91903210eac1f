// The site's menus from the pages themselves: a page is in the main menu when its frontmatter has `navOrder`, and in
// the footer when it has `footerOrder`, named by its `navTitle` (or its title), lowest number first.

/** What a page says about itself that the menus need: a guide page's frontmatter, or an entry in src/data/routes.ts. */
export type NavPage = {
  path: string;
  title: string;
  navTitle?: string | undefined;
  navOrder?: number | undefined;
  footerOrder?: number | undefined;
};
export type NavLink = { path: string; label: string };
export type Menu = 'navOrder' | 'footerOrder';

/** The links of one menu. Two pages with the same number would swap places unpredictably, so that stops the build. */
export function menuLinks(pages: readonly NavPage[], menu: Menu): NavLink[] {
  const placed = pages.filter((page) => page[menu] !== undefined);
  const byOrder = new Map<number, string>();
  for (const page of placed) {
    const order = page[menu]!;
    const other = byOrder.get(order);
    if (other) throw new Error(`${other} and ${page.path} both have ${menu}: ${order}; give each page its own number`);
    byOrder.set(order, page.path);
  }
  return placed
    .sort((a, b) => a[menu]! - b[menu]!)
    .map((page) => ({ path: page.path, label: page.navTitle ?? page.title }));
}
