import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutSearchMarkup } from '../../src/integrations/search-markup.ts';

test('the markup only Pagefind reads leaves the page, and nothing else', () => {
  const html =
    '<article data-pagefind-body data-pagefind-filter="section:x"><h1 data-pagefind-weight="10">T</h1>' +
    '<span hidden data-pagefind-meta="keywords:a"><span data-pagefind-filter="term:a"></span></span><p>Words</p>' +
    '<span hidden>kept</span></article>';
  assert.equal(withoutSearchMarkup(html), '<article><h1>T</h1><p>Words</p><span hidden>kept</span></article>');
});
