import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  resolveSiteAddress,
  normaliseBase,
  homeAddress,
  previewOrigin,
  publishesLeafletPdfs,
} from '../../src/integrations/site-address.ts';

const unset = { publicUrl: '', basePath: '/' };

test('a deploy build with no SITE_URL and no publicUrl stops, naming both variables and the preview command', () => {
  assert.throws(
    () => resolveSiteAddress({}, unset),
    (error: Error) => {
      assert.match(error.message, /SITE_URL=https:\/\/www\.example\.org BASE_PATH=\/ npm run build/);
      assert.match(error.message, /publicUrl/);
      assert.match(error.message, /Netlify/);
      assert.match(error.message, /PREVIEW=1 npm run build/);
      return true;
    },
  );
});

test('SITE_URL beats publicUrl, BASE_PATH beats basePath, and neither makes a preview', () => {
  const settings = { publicUrl: 'https://settings.example.org', basePath: '/from-settings/' };
  assert.deepEqual(resolveSiteAddress({}, settings), {
    origin: 'https://settings.example.org',
    base: '/from-settings/',
    preview: false,
  });
  assert.deepEqual(resolveSiteAddress({ SITE_URL: 'https://www.example.org/', BASE_PATH: '/guide' }, settings), {
    origin: 'https://www.example.org',
    base: '/guide/',
    preview: false,
  });
});

test('PREVIEW=1 with no address previews at the local address; with an address it keeps it and is still a preview', () => {
  assert.deepEqual(resolveSiteAddress({ PREVIEW: '1' }, unset), { origin: previewOrigin, base: '/', preview: true });
  assert.deepEqual(resolveSiteAddress({ PREVIEW: '1', SITE_URL: 'https://example.org' }, unset), {
    origin: 'https://example.org',
    base: '/',
    preview: true,
  });
});

test('a deploy build refuses a local address, a folder in SITE_URL and an address that is not http(s)', () => {
  assert.throws(() => resolveSiteAddress({ SITE_URL: 'http://localhost:4321' }, unset), /PREVIEW=1 npm run build/);
  assert.throws(() => resolveSiteAddress({ SITE_URL: 'http://127.0.0.1:8080' }, unset), /this computer/);
  assert.throws(
    () => resolveSiteAddress({ SITE_URL: 'https://example.org/guide/' }, unset),
    /SITE_URL=https:\/\/example\.org BASE_PATH=\/guide\//,
  );
  assert.throws(() => resolveSiteAddress({ SITE_URL: 'ftp://example.org' }, unset), /https:\/\//);
  assert.throws(() => resolveSiteAddress({ SITE_URL: 'example.org' }, unset), /not a web address/);
  assert.equal(
    resolveSiteAddress({ SITE_URL: 'http://localhost:4321', PREVIEW: '1' }, unset).origin,
    'http://localhost:4321',
  );
});

test('base paths get one leading and one trailing slash', () => {
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase('guide'), '/guide/');
  assert.equal(normaliseBase('/guide/'), '/guide/');
  assert.equal(
    homeAddress({ origin: 'https://example.org', base: '/guide/', preview: false }),
    'https://example.org/guide/',
  );
});

test('the committed leaflet PDFs are published only by a deploy build at the address in the settings', () => {
  const settings = { publicUrl: 'https://www.example.org', basePath: '/' };
  assert.equal(publishesLeafletPdfs({ origin: 'https://www.example.org', base: '/', preview: false }, settings), true);
  assert.equal(publishesLeafletPdfs({ origin: 'https://www.example.org', base: '/', preview: true }, settings), false);
  assert.equal(
    publishesLeafletPdfs({ origin: 'https://other.example.org', base: '/', preview: false }, settings),
    false,
  );
  assert.equal(
    publishesLeafletPdfs({ origin: 'https://www.example.org', base: '/guide/', preview: false }, settings),
    false,
  );
  assert.equal(publishesLeafletPdfs({ origin: 'https://www.example.org', base: '/', preview: false }, unset), false);
});
