// The leaflets (src/data/leaflets.ts) with the size of each one's committed PDF, for the leaflets page.
import { statSync } from 'node:fs';
import { leaflets } from '../data/leaflets.ts';

export const leafletsWithPdfSize = leaflets.map((leaflet) => ({
  ...leaflet,
  pdfSize: `${Math.max(1, Math.round(statSync(`public/leaflets/${leaflet.pdf}`).size / 1024))} KB`,
}));
