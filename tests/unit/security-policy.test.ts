import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cspDirectives,
  pageDirectives,
  sameAsDefault,
  scriptSources,
  headerPolicy,
  inlineHash,
  metaPolicy,
  parsePolicy,
  pruneMetaHashes,
  renderHeadersFile,
  renderRobots,
} from '../../src/integrations/security-policy.ts';

test('the policy allows only the site itself, never inline script, and blocks plugins, framing targets and base tags', () => {
  const policy = parsePolicy(cspDirectives.join('; '));
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'self'"]);
  assert.deepEqual(policy.get('form-action'), ["'self'"]);
  assert.deepEqual(policy.get('img-src'), ["'self'", 'data:']);
  assert.ok(!cspDirectives.some((d) => d.includes('unsafe-inline') || d.includes('*') || d.includes('http')));
  assert.ok(!scriptSources.includes("'unsafe-inline'" as never));
  assert.ok(scriptSources.includes("'wasm-unsafe-eval'"), 'Pagefind compiles WebAssembly');
});

test('the page policy leaves to default-src only what it says anyway, and the servers say each of those', () => {
  const page = parsePolicy(pageDirectives.join('; '));
  const header = parsePolicy(headerPolicy);
  assert.equal(sameAsDefault.length, 5);
  for (const directive of sameAsDefault) {
    const [name, ...sources] = directive.split(' ');
    assert.equal(page.has(name!), false, `${name} is left to default-src in the page`);
    assert.deepEqual(sources, page.get('default-src'), `${name} says what default-src says`);
    assert.deepEqual(header.get(name!), sources, `${name} is in the servers' policy`);
  }
  // Every other fetch directive the page names is in the servers' policy as it is.
  for (const [name, sources] of page) if (name !== 'default-src') assert.deepEqual(header.get(name), sources, name);
});

test('parsePolicy ignores empty parts and keeps the first of a repeated directive', () => {
  const parsed = parsePolicy("default-src 'self';img-src 'self' data:;; default-src *;");
  assert.deepEqual(
    [...parsed],
    [
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ],
  );
});

test('the policy servers send never changes with the words: no hashes, nothing that would block the hashed inline code', () => {
  const policy = parsePolicy(headerPolicy);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'self'"]);
  assert.deepEqual(policy.get('form-action'), ["'self'"]);
  for (const name of ['default-src', 'script-src', 'style-src']) assert.equal(policy.has(name), false, name);
  assert.doesNotMatch(headerPolicy, /sha256|nonce|unsafe/);
});

test('metaPolicy reads the policy Astro writes, decoding entities, and ignores other meta tags', () => {
  const html = `<meta name="description" content="x"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self' 'sha256-x='">`;
  assert.equal(metaPolicy(html), "default-src 'self'; script-src 'self' 'sha256-x='");
  assert.equal(metaPolicy('<meta http-equiv="refresh" content="0">'), null);
});

test('the _headers file carries the fixed policy, the security headers and long caching, under the base path', () => {
  const text = renderHeadersFile('/guide/');
  const lines = text.split('\n');
  assert.equal(lines.filter((l) => /^\S/.test(l) && !l.startsWith('#'))[0], '/guide/*');
  assert.ok(text.includes(`\n  Content-Security-Policy: ${headerPolicy}\n`));
  assert.match(text, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(text, /^ {2}Referrer-Policy: no-referrer$/m);
  assert.match(
    text,
    /^ {2}Permissions-Policy: .*camera=\(\).*geolocation=\(\).*interest-cohort=\(\).*microphone=\(\)/m,
  );
  assert.match(text, /^\/guide\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.doesNotMatch(text, /^\/_astro/m);
  assert.match(renderHeadersFile('/'), /^\/\*$/m);
});

test('robots.txt names the sitemap index by its full address, with the base path', () => {
  assert.equal(
    renderRobots('https://example.org', '/guide/'),
    'User-agent: *\nAllow: /\n\nSitemap: https://example.org/guide/sitemap-index.xml\n',
  );
  assert.match(renderRobots('https://example.org/', '/'), /^Sitemap: https:\/\/example\.org\/sitemap-index\.xml$/m);
});

test('each page keeps only the hashes of its own inline scripts and styles', () => {
  const script = 'console.log(1)';
  const policy = `default-src 'self'; script-src 'self' ${inlineHash(script)} ${inlineHash('other()')}; style-src 'self' ${inlineHash('p{}')}`;
  const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${script}</script></head><body><p>Hi &amp; bye</p><script type="module" src="/a.js"></script></body></html>`;
  const pruned = pruneMetaHashes(page);
  const kept = parsePolicy(metaPolicy(pruned)!);
  assert.deepEqual(kept.get('script-src'), ["'self'", inlineHash(script)]);
  assert.deepEqual(kept.get('style-src'), ["'self'"]);
  assert.deepEqual(kept.get('default-src'), ["'self'"]);
  // Everything but the policy is left as it was.
  assert.equal(pruned.slice(pruned.indexOf('<script>')), page.slice(page.indexOf('<script>')));
  assert.equal(pruneMetaHashes('<p>No policy</p>'), '<p>No policy</p>');
});
