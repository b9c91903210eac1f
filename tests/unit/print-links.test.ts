import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addPrintAddresses, hasTermLinks, printAddressFor } from '../../src/loaders/print-links.ts';

const page = 'https://example.org/guide/stage-1/';

test('a link under the base path prints its full address, not the path', () => {
  assert.equal(printAddressFor('/guide/stage-2/', 'Stage 2', page), 'https://example.org/guide/stage-2/');
  assert.equal(printAddressFor('../contacts/', 'contacts', page), 'https://example.org/guide/contacts/');
  assert.equal(
    printAddressFor('/guide/words-explained/#advocate', 'advocate', page),
    'https://example.org/guide/words-explained/#advocate',
  );
});

test('a link to another site prints its address unless the text already shows it', () => {
  assert.equal(printAddressFor('https://www.lgo.org.uk', 'the Ombudsman', page), 'https://www.lgo.org.uk/');
  assert.equal(printAddressFor('https://www.lgo.org.uk', 'www.lgo.org.uk', page), undefined);
  assert.equal(printAddressFor('https://coramvoice.org.uk', 'coramvoice.org.uk', page), undefined);
});

test('phone and email links print the number or address only when the text does not show it', () => {
  assert.equal(printAddressFor('tel:+442083597008', '020 8359 7008', page), undefined);
  assert.equal(printAddressFor('tel:+442083597008', 'Call the Complaints Officer', page), '020 8359 7008');
  assert.equal(printAddressFor('mailto:FScomplaints@barnet.gov.uk', 'FScomplaints@barnet.gov.uk', page), undefined);
  assert.equal(
    printAddressFor('mailto:FScomplaints@barnet.gov.uk?subject=Complaint', 'Email them', page),
    'FScomplaints@barnet.gov.uk',
  );
});

test('jumps within the page and non-web links print nothing', () => {
  assert.equal(printAddressFor('#main-content', 'Skip', page), undefined);
  assert.equal(printAddressFor('/guide/stage-1/#what-happens', 'what happens', page), undefined);
  assert.equal(printAddressFor('javascript:void(0)', 'x', page), undefined);
  assert.equal(printAddressFor('', 'x', page), undefined);
});

test('addPrintAddresses annotates links in HTML and leaves the rest untouched', () => {
  const html =
    '<p>See <a href="/guide/stage-2/" class="x">Stage&nbsp;2</a>, call <a href="tel:+442083597008"><strong>020 8359 7008</strong></a>' +
    ' or <a href="https://frg.org.uk">Family Rights Group</a>. <a href="#top">Top</a></p>';
  assert.equal(
    addPrintAddresses(html, page),
    '<p>See <a data-print-url="https://example.org/guide/stage-2/" href="/guide/stage-2/" class="x">Stage&nbsp;2</a>, call ' +
      '<a href="tel:+442083597008"><strong>020 8359 7008</strong></a> or ' +
      '<a data-print-url="https://frg.org.uk/" href="https://frg.org.uk">Family Rights Group</a>. <a href="#top">Top</a></p>',
  );
});

test('addPrintAddresses respects links that opt out or already have an address', () => {
  const html =
    '<a href="/guide/stage-2/" data-no-print-url>Next</a><a data-print-url="x" href="/a/">A</a><a name="n">n</a>';
  assert.equal(addPrintAddresses(html, page), html);
});

test('addPrintAddresses decodes entities in the href and escapes the attribute', () => {
  const html = '<a href="/guide/search/?q=a&amp;b=&quot;c&quot;">search</a>';
  assert.equal(
    addPrintAddresses(html, page),
    '<a data-print-url="https://example.org/guide/search/?q=a&amp;b=%22c%22" href="/guide/search/?q=a&amp;b=&quot;c&quot;">search</a>',
  );
});

test("links to a word's meaning print no address each; the page says once where words are explained", () => {
  const html =
    '<p>Ask an <a class="yv-term" href="/guide/words-explained/#advocate" data-term="advocate">advocate</a>.</p>';
  assert.equal(addPrintAddresses(html, page), html);
  assert.equal(hasTermLinks(html), true);
  assert.equal(hasTermLinks('<a href="/guide/words-explained/">Words explained</a>'), false);
});
