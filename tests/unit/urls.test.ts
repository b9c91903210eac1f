import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBase, guidePath, absoluteUrl } from '../../src/lib/urls.ts';

test('withBase joins a root base without doubling slashes', () => {
  assert.equal(withBase('/', '/stage-1/'), '/stage-1/');
  assert.equal(withBase('/', 'stage-1/'), '/stage-1/');
});

test('withBase keeps a sub-path base, with or without its trailing slash', () => {
  assert.equal(withBase('/guide/', '/stage-1/'), '/guide/stage-1/');
  assert.equal(withBase('/guide', '/'), '/guide/');
});

test('guidePath maps the index entry to the home page', () => {
  assert.equal(guidePath('index'), '/');
  assert.equal(guidePath('stage-2'), '/stage-2/');
});

test('absoluteUrl gives the full printed address under a sub-path', () => {
  assert.equal(absoluteUrl('https://example.org', '/guide/', '/stage-3/'), 'https://example.org/guide/stage-3/');
});
