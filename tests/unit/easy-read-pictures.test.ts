// The Easy Read pictures: each one listed once, made from the picture set's package by npm run easy-read:pictures
// (so a committed file cannot drift from the package or be hand-edited), small, self-contained, and used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pictures, pictureSet } from '../../src/data/easy-read-pictures.ts';
import { madePictures, pictureFolder } from '../../scripts/easy-read-pictures.mjs';

const listed = Object.entries(pictures);

test('every listed picture is committed exactly as npm run easy-read:pictures makes it from the package', () => {
  for (const { file, svg } of madePictures())
    assert.equal(readFileSync(join(pictureFolder, file), 'utf8'), svg, `${file}: run npm run easy-read:pictures`);
});

test('the folder holds only the listed pictures, each named by what it shows', () => {
  assert.deepEqual(readdirSync(pictureFolder).sort(), listed.map(([, p]) => p.file).sort());
  for (const [id, picture] of listed) {
    assert.equal(picture.file, `${id}.svg`, `${id}: the file is named by its id`);
    assert.ok(picture.shows.length > 3 && picture.usedFor.length > 3, `${id}: says what it shows and is for`);
  }
  assert.equal(new Set(listed.map(([, p]) => p.source)).size, listed.length, 'no picture listed twice');
});

test('each picture is small, one colour, and loads nothing else', () => {
  for (const [id, { file }] of listed) {
    const svg = readFileSync(join(pictureFolder, file), 'utf8');
    assert.ok(Buffer.byteLength(svg) < 2500, `${id} is ${Buffer.byteLength(svg)} bytes`);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 256 256"/, id);
    assert.doesNotMatch(svg, /<script|<image|href=|url\(|<style|<text/i, `${id} is self-contained, with no text`);
    assert.deepEqual(
      [...new Set(svg.match(/#[0-9a-f]{3,6}\b/gi))],
      ['#0b0c0c'],
      `${id} is drawn in the text colour only`,
    );
  }
  assert.equal(pictureSet.licence, 'MIT');
});

test('every listed picture is used by an Easy Read page, its layout or the leaflet', () => {
  const folders = ['src/content/easy-read', 'src/components/easy-read', 'src/layouts', 'src/pages/leaflets'];
  const sources = folders
    .flatMap((folder) => readdirSync(folder).map((file) => join(folder, file)))
    .filter((file) => /\.(mdx|astro)$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  // <Row picture="phone">, the frontmatter's `picture: phone` and `{ ..., picture: phone }`, the link's mask url('../../assets/easy-read/open-book.svg?inline')
  const uses = [
    /picture="([a-z0-9-]+)"/g,
    /^picture: ([a-z0-9-]+)$/gm,
    /, picture: ([a-z0-9-]+) \}/g,
    /assets\/easy-read\/([a-z0-9-]+)\.svg\?inline/g,
  ];
  const used = new Set(uses.flatMap((use) => [...sources.matchAll(use)].map((m) => m[1])));
  const unused = listed.map(([id]) => id).filter((id) => !used.has(id));
  assert.deepEqual(unused, [], 'pictures no page uses: take them out of src/data/easy-read-pictures.ts');
  const unknown = [...used].filter((id) => !(id in pictures));
  assert.deepEqual(unknown, [], 'pictures used but not listed');
});
