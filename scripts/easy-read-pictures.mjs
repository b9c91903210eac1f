// Makes the Easy Read pictures in src/assets/easy-read/ from the picture set's package: only the pictures listed in
// src/data/easy-read-pictures.ts, each optimised with SVGO and drawn in the text colour, so the committed files are
// small and the same on every machine. Astro then gives them hashed names under _astro/ (cached for a year).
// Usage: npm run easy-read:pictures   (after adding a picture to the list, or updating the package)
// The unit tests check the committed files match what this makes (tests/unit/easy-read-pictures.test.ts).
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';
import { pictures, pictureSet } from '../src/data/easy-read-pictures.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const pictureFolder = join(root, 'src/assets/easy-read');

/** The text colour of the light colour scheme (src/styles/tokens.css): the dark scheme inverts it with CSS. */
export const pictureColour = '#0b0c0c';

/** The package's file for a picture (the package exports assets/<weight>/<source>-<weight>.svg). */
export function sourceFile(source) {
  const require = createRequire(import.meta.url);
  return require.resolve(`${pictureSet.package}/assets/${pictureSet.weight}/${source}-${pictureSet.weight}.svg`);
}

/**
 * A picture as the site keeps it: SVGO's default optimisations, and the picture's `currentColor` made the text
 * colour (an SVG shown with <img> cannot inherit the page's colour).
 * @param {string} svg
 */
export function optimisePicture(svg) {
  const coloured = svg.replaceAll('currentColor', pictureColour);
  return optimize(coloured, { multipass: true, plugins: ['preset-default'] }).data + '\n';
}

/** Every listed picture: its file name and the optimised SVG made from the package. */
export function madePictures() {
  return Object.values(pictures).map((picture) => ({
    file: picture.file,
    svg: optimisePicture(readFileSync(sourceFile(picture.source), 'utf8')),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(pictureFolder, { recursive: true });
  const made = madePictures();
  const keep = new Set(made.map((picture) => picture.file));
  // Only the pictures the list names: a picture taken off the list goes.
  for (const file of readdirSync(pictureFolder)) if (!keep.has(file)) rmSync(join(pictureFolder, file));
  let bytes = 0;
  for (const { file, svg } of made) {
    writeFileSync(join(pictureFolder, file), svg);
    bytes += Buffer.byteLength(svg);
  }
  console.log(`wrote ${made.length} pictures to src/assets/easy-read/ (${(bytes / 1024).toFixed(1)} KB in all)`);
}
