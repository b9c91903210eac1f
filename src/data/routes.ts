// Pages that are Astro routes, not MDX files in src/content/guide/, with the same navigation fields a guide page has
// in its frontmatter (see CONTENT.md). The menus are built from both (src/loaders/navigation.ts).
export type RoutePage = { path: string; title: string; navTitle?: string; navOrder?: number; footerOrder?: number };

/** The stage tool's start page, named once for its page, its breadcrumbs, the menus and search. */
export const stageTool = {
  path: '/which-stage/',
  title: 'Which stage am I at?',
  /** The words young people might search with to find it, like a guide page's `searchTerms`. */
  searchTerms: [
    'complaint stage',
    'what happens next',
    'deadline',
    'how long',
    'working days',
    'late reply',
    'no answer',
    'heard nothing',
    'still waiting',
    'what stage',
    'where is my complaint',
    'next step',
    'when will they reply',
  ],
} as const;

export const routePages: readonly RoutePage[] = [
  { path: stageTool.path, title: stageTool.title, navOrder: 4 },
  { path: '/leaflets/', title: 'Leaflets to print', footerOrder: 4 },
];
