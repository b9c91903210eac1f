import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeEntities,
  extractIds,
  extractLinks,
  fileForPath,
  fragmentNeedsNoTarget,
  pathForFile,
  resolveLink,
} from '../../scripts/checks/links.ts';

const page = 'http://localhost:4321/guide/stage-1/';

test('resolveLink: site-absolute, relative and same-origin absolute links under the base are internal', () => {
  assert.deepEqual(resolveLink('/guide/stage-2/#late', page, '/guide/'), {
    kind: 'internal',
    pathname: '/guide/stage-2/',
    search: '',
    fragment: 'late',
  });
  assert.deepEqual(resolveLink('../stage-3/', page, '/guide/'), {
    kind: 'internal',
    pathname: '/guide/stage-3/',
    search: '',
    fragment: '',
  });
  assert.deepEqual(resolveLink('#main-content', page, '/guide/'), {
    kind: 'internal',
    pathname: '/guide/stage-1/',
    search: '',
    fragment: 'main-content',
  });
  assert.deepEqual(resolveLink('http://localhost:4321/guide/?q=a', page, '/guide/'), {
    kind: 'internal',
    pathname: '/guide/',
    search: '?q=a',
    fragment: '',
  });
});

test('resolveLink: a same-origin link outside the base path is reported, not followed', () => {
  assert.deepEqual(resolveLink('/stage-2/', page, '/guide/'), {
    kind: 'outside-base',
    href: 'http://localhost:4321/stage-2/',
  });
  assert.equal(resolveLink('/stage-2/', 'http://localhost:4321/stage-1/', '/').kind, 'internal');
});

test('resolveLink: the base path without its trailing slash still counts as inside', () => {
  assert.equal(resolveLink('/guide', page, '/guide/').kind, 'internal');
});

test('resolveLink: other origins are external; mailto, tel and javascript are schemes', () => {
  assert.deepEqual(resolveLink('https://www.bbc.co.uk/weather', page, '/'), {
    kind: 'external',
    href: 'https://www.bbc.co.uk/weather',
  });
  assert.deepEqual(resolveLink('https://localhost:4321/', page, '/').kind, 'external');
  assert.deepEqual(resolveLink('tel:+440000000000', page, '/'), {
    kind: 'scheme',
    scheme: 'tel',
    href: 'tel:+440000000000',
  });
  assert.deepEqual(resolveLink('javascript:void(0)', page, '/'), {
    kind: 'scheme',
    scheme: 'javascript',
    href: 'javascript:void(0)',
  });
  assert.equal(resolveLink('http://[bad', page, '/').kind, 'invalid');
});

test('resolveLink decodes percent-encoded paths and fragments', () => {
  assert.deepEqual(resolveLink('/a%20b/#caf%C3%A9', 'http://x.test/', '/'), {
    kind: 'internal',
    pathname: '/a b/',
    search: '',
    fragment: 'café',
  });
  assert.equal(resolveLink('/%E0%A4%A/', 'http://x.test/', '/').kind, 'invalid');
});

test('fileForPath: folders serve index.html, files are themselves, the base is taken off', () => {
  assert.equal(fileForPath('/guide/', '/guide/'), 'index.html');
  assert.equal(fileForPath('/guide/stage-1/', '/guide/'), 'stage-1/index.html');
  assert.equal(fileForPath('/guide/_astro/a.js', '/guide/'), '_astro/a.js');
  assert.equal(fileForPath('/stage-1', '/'), 'stage-1');
  assert.equal(fileForPath('/guide', '/guide/'), '', 'the base folder itself, to be reported as needing its slash');
});

test('pathForFile is the address a built file is served at', () => {
  assert.equal(pathForFile('index.html', '/guide/'), '/guide/');
  assert.equal(pathForFile('which-stage/q1/index.html', '/guide/'), '/guide/which-stage/q1/');
  assert.equal(pathForFile('404.html', '/'), '/404.html');
});

test('extractLinks finds links, assets, form actions and every srcset candidate', () => {
  const html = `<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/x.js"></script>
    <a href="/a/?x=1&amp;y=2">A</a><a href=/b/>B</a><img src="i.png" srcset="i.png 1x, i@2x.png 2x" alt="">
    <form action="/search/" method="get"></form><form action=""></form>`;
  assert.deepEqual(
    extractLinks(html).map((l) => `${l.tag}[${l.attr}]=${l.value}`),
    [
      'link[href]=/favicon.svg',
      'script[src]=/_astro/x.js',
      'a[href]=/a/?x=1&y=2',
      'a[href]=/b/',
      'img[src]=i.png',
      'img[srcset]=i.png',
      'img[srcset]=i@2x.png',
      'form[action]=/search/',
    ],
  );
  assert.equal(extractLinks('<link rel="canonical" href="http://x/">')[0]?.rel, 'canonical');
});

test('extractLinks ignores comments, and markup-like text inside scripts and templates', () => {
  const html =
    '<!-- <a href="/gone/"> --><script>const s = "<a href=\'/nope/\'>";</script><template><a href="/t/"></a></template><a href="/yes/">';
  assert.deepEqual(
    extractLinks(html).map((l) => l.value),
    ['/yes/'],
  );
});

test('extractIds collects ids and a[name] targets', () => {
  const ids = extractIds(
    '<h2 id="stage-2">S</h2><a name="old"></a><div name="not-a-target"></div><main id=main-content>',
  );
  assert.deepEqual([...ids].sort(), ['main-content', 'old', 'stage-2']);
});

test('fragmentNeedsNoTarget: empty and #top always work', () => {
  assert.equal(fragmentNeedsNoTarget(''), true);
  assert.equal(fragmentNeedsNoTarget('top'), true);
  assert.equal(fragmentNeedsNoTarget('late'), false);
});

test('decodeEntities decodes named and numeric references and leaves unknown ones', () => {
  assert.equal(decodeEntities('a&amp;b&#39;c&#x2F;&unknown;'), "a&b'c/&unknown;");
});
