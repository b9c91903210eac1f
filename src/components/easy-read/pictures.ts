// The Easy Read pictures' addresses, from the files in src/assets/easy-read/ through Astro's asset pipeline: each
// gets a hashed name under _astro/, so hosts cache it for a year (see the README, Caching). Only a page that shows a
// picture loads it. Build time only.
import { pictures, type PictureId } from '../../data/easy-read-pictures.ts';

const urls = import.meta.glob<string>('../../assets/easy-read/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

function picture(id: string) {
  const entry = (pictures as Record<string, (typeof pictures)[PictureId]>)[id];
  if (!entry) throw new Error(`Easy Read: no picture "${id}" in src/data/easy-read-pictures.ts`);
  return entry;
}

/** The address of a picture's file, for <img src>. Throws for a picture that is not in the list or has no file. */
export function pictureUrl(id: string): string {
  const { file } = picture(id);
  const url = urls[`../../assets/easy-read/${file}`];
  if (!url) throw new Error(`Easy Read: no file src/assets/easy-read/${file}: run npm run easy-read:pictures`);
  return url;
}
