import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, decodeEntities, elements, parseHtml, textOf } from '../../src/lib/html.ts';

test('decodeEntities turns every HTML character reference back into its character', () => {
  assert.equal(
    decodeEntities('Barnardo&#39;s &amp; you&nbsp;&#x2013; &quot;hi&quot; &rsquo;&hellip;'),
    'Barnardo\'s & you\u00a0– "hi" ’…',
  );
});

test('elements and attributes read a page as a browser does: any quoting, names as written, values decoded', () => {
  const html = `<p><a href="/a/?x=1&amp;y=2" data-print-url class='q r'>Hi <b>there</b></a><a href=/b/ rel="noopener noreferrer">B</a>
    <!-- <a href="/comment/"> --><script>if (a < b) "<a href=/script/>"</script><template><a href="/template/"></a></template></p>`;
  const links = elements(parseHtml(html, { fragment: true })).filter((element) => element.tagName === 'a');
  assert.deepEqual(
    links.map((link) => Object.fromEntries(attributes(link))),
    [
      { href: '/a/?x=1&y=2', 'data-print-url': '', class: 'q r' },
      { href: '/b/', rel: 'noopener noreferrer' },
    ],
  );
  assert.equal(textOf(links[0]!), 'Hi there');
});
