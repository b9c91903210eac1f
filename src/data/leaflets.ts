// The leaflets: where each one is, what it is for, the page for young people its QR code leads to, and its PDF copy
// in public/leaflets/ (made by `npm run leaflets`). Site paths, without the base path.
export const leaflets = [
  {
    path: '/leaflets/how-to-complain/',
    title: 'How to complain, stage by stage',
    about:
      'The 4 stages of a complaint and how long each one takes, every way to contact the Complaints Officer, and how to get an advocate.',
    readMorePath: '/how-to-complain/',
    pdf: 'how-to-complain.pdf',
  },
  {
    path: '/leaflets/your-voice/',
    title: 'Your voice',
    about:
      'Barnet on Point (#BOP), the Children in Care Survey, the Corporate Parenting Officers’ Group, advocates, and how to say what went well.',
    readMorePath: '/have-your-say/',
    pdf: 'your-voice.pdf',
  },
] as const;

export type LeafletPath = (typeof leaflets)[number]['path'];

/** A leaflet by its path; throws for a path that is not a leaflet, so a page cannot drift from this list. */
export function leafletAt(path: string): (typeof leaflets)[number] {
  const leaflet = leaflets.find((entry) => entry.path === path);
  if (!leaflet) throw new Error(`No leaflet at ${path} in src/data/leaflets.ts`);
  return leaflet;
}
