// Breadcrumbs from a page's section: every page sits under Home; complaint pages also under "Make a complaint".
export type Crumb = { path: string; label: string };

const sectionParents: Record<string, Crumb[]> = {
  complaints: [{ path: '/how-to-complain/', label: 'Make a complaint' }],
};

export function crumbsFor(section: string, path: string): Crumb[] {
  if (path === '/') return [];
  const parents = (sectionParents[section] ?? []).filter((crumb) => crumb.path !== path);
  return [{ path: '/', label: 'Home' }, ...parents];
}
