// The leaflets: where each one is, what it is for, the page for young people its QR code leads to, and its PDF copy
// in public/leaflets/ (made by `npm run leaflets`), and how many A4 pages it prints on at most (2 is one sheet,
// printed on both sides), and the smallest text it prints, in points. Site paths, without the base path.
export const leaflets = [
  {
    path: '/leaflets/how-to-complain/',
    title: 'How to complain, stage by stage',
    about:
      'The 4 stages of a complaint and how long each one takes, every way to contact the Complaints Officer, and how to get an advocate.',
    readMorePath: '/how-to-complain/',
    pdf: 'how-to-complain.pdf',
    pages: 2,
    smallestText: 12,
  },
  {
    path: '/leaflets/your-voice/',
    title: 'Your voice',
    about:
      'Barnet on Point (#BOP), the Children in Care Survey, the Corporate Parenting Officers’ Group, advocates, and how to say what went well.',
    readMorePath: '/have-your-say/',
    pdf: 'your-voice.pdf',
    pages: 2,
    smallestText: 12,
  },
  {
    path: '/leaflets/how-to-complain-easy-read/',
    title: 'How to complain (Easy Read)',
    about:
      'How to complain, in short words with a picture beside each idea: Stage 1, 2 and 3, the Ombudsman, and how long each one takes. It prints on 2 sheets of A4.',
    readMorePath: '/easy-read/how-to-complain/',
    pdf: 'how-to-complain-easy-read.pdf',
    pages: 4,
    // Easy Read on paper: at least 14pt (../shared/EASY-READ.md).
    smallestText: 14,
  },
] as const;

export type LeafletPath = (typeof leaflets)[number]['path'];

/** A leaflet by its path; throws for a path that is not a leaflet, so a page cannot drift from this list. */
export function leafletAt(path: string): (typeof leaflets)[number] {
  const leaflet = leaflets.find((entry) => entry.path === path);
  if (!leaflet) throw new Error(`No leaflet at ${path} in src/data/leaflets.ts`);
  return leaflet;
}
