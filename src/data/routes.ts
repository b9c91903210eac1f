// Pages that are Astro routes, not MDX files in src/content/guide/, with the same navigation fields a guide page has
// in its frontmatter (see CONTENT.md). The menus are built from both (src/loaders/navigation.ts).
export type RoutePage = { path: string; title: string; navTitle?: string; navOrder?: number; footerOrder?: number };

export const routePages: readonly RoutePage[] = [
  { path: '/which-stage/', title: 'Which stage am I at?', navOrder: 4 },
  { path: '/leaflets/', title: 'Leaflets to print', footerOrder: 4 },
];
