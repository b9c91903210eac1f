import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import QRCode from 'qrcode';
import { qrSvg } from '../../src/loaders/qr.ts';

const url = 'https://example.org/guide/help-making-a-complaint/';

test('qrSvg draws the same modules as the qrcode library for the address', async () => {
  const svg = await qrSvg(url);
  const reference = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const dark = /<path stroke="[^"]*" d="([^"]+)"/.exec(reference)?.[1];
  assert.ok(dark);
  assert.ok(svg.includes(`d="${dark}"`));
  // Size of the code grows with the data: version 3 (29 modules) is too small for this address at level M.
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
  assert.equal(size, modules + 2);
});

test('qrSvg is sized by CSS, hidden from screen readers, and has no white background', async () => {
  const svg = await qrSvg(url);
  assert.match(svg, /^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  assert.doesNotMatch(svg, /\s(width|height)=/);
  assert.match(svg, /aria-hidden="true"/);
  assert.doesNotMatch(svg, /#fff/i);
  assert.equal((svg.match(/<path/g) ?? []).length, 1);
});

test('qrSvg stays small enough to sit on every page (under 1 KB gzip, even for a long address)', async () => {
  const svg = await qrSvg('https://www.example.gov.uk/children-in-care/your-voice/which-stage/stage-2-reply-late/');
  assert.ok(gzipSync(svg).length < 1024, `QR SVG is ${gzipSync(svg).length} bytes gzip`);
});

test('different addresses give different codes', async () => {
  assert.notEqual(await qrSvg('https://example.org/stage-1/'), await qrSvg('https://example.org/stage-2/'));
});
