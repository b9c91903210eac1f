import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  deployFiles,
  hashedFolders,
  renderApache,
  renderCaddy,
  renderHtaccess,
  renderNginx,
  responseHeaders,
  revalidateCacheControl,
} from '../../src/integrations/server-config.ts';
import { headerPolicy, immutableCacheControl } from '../../src/integrations/security-policy.ts';

const origin = 'https://www.example.org';

test('every response gets the fixed policy and the security headers; HSTS only over HTTPS', () => {
  const names = responseHeaders(origin).map(([name]) => name);
  assert.deepEqual(names.slice(0, 2), ['Content-Security-Policy', 'X-Content-Type-Options']);
  assert.ok(names.includes('Strict-Transport-Security'));
  assert.ok(!responseHeaders('http://localhost:4321').some(([name]) => name === 'Strict-Transport-Security'));
  assert.equal(responseHeaders(origin)[0]![1], headerPolicy);
});

test('hashed folders are the ones Astro and Pagefind name by content', () => {
  assert.deepEqual([...hashedFolders], ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter']);
});

test('nginx: every location repeats every header (nginx drops inherited add_header), under the base path', () => {
  const text = renderNginx('/guide/', origin);
  const locations = text.split(/\n(?=location )/).filter((part) => part.startsWith('location '));
  assert.deepEqual(
    locations.map((part) => part.split('\n')[0]),
    [
      'location = /guide {',
      'location /guide/ {',
      'location ~ ^/guide/(?:_astro|pagefind/fragment|pagefind/index|pagefind/filter)/ {',
      'location ~ ^/guide/(?:_headers|\\.htaccess)$ {',
    ],
  );
  for (const location of locations) {
    for (const [name, value] of responseHeaders(origin))
      assert.ok(location.includes(`add_header ${name} "${value}" always;`), `${name} in ${location.split('\n')[0]}`);
    assert.match(location, /add_header Cache-Control "[^"]+" always;/);
    assert.match(location, /absolute_redirect off;/);
    assert.match(location, /error_page 404 \/guide\/404\.html;/);
    assert.match(location, /gzip_vary on;/);
    assert.match(location, /charset utf-8;/);
  }
  assert.match(locations[0]!, /return 301 \/guide\/\$is_args\$args;/);
  assert.match(locations[1]!, new RegExp(`Cache-Control "${revalidateCacheControl}"`));
  assert.match(locations[2]!, new RegExp(`Cache-Control "${immutableCacheControl}"`));
  assert.match(locations[3]!, /return 404;/);
  assert.doesNotMatch(renderNginx('/', origin), /location = /, 'no folder redirect at the root');
  assert.match(renderNginx('/', origin), /^location \/ \{$/m);
});

test('Caddy: hashed files a year, everything else and the 404 page revalidate; build files 404; gzip', () => {
  const text = renderCaddy('/guide/', origin);
  assert.match(text, /^redir \/guide \/guide\/ 301$/m);
  assert.match(text, /^@yv_hashed path \/guide\/_astro\/\* \/guide\/pagefind\/fragment\/\*/m);
  assert.match(text, /^@yv_build path \/guide\/_headers \/guide\/\.htaccess$/m);
  assert.match(text, /^\theader @yv_unhashed Cache-Control "no-cache"$/m);
  assert.match(text, /^\theader @yv_hashed Cache-Control "public, max-age=31536000, immutable"$/m);
  assert.match(text, /^\terror @yv_build 404$/m);
  assert.match(text, /^\tencode gzip$/m);
  assert.match(text, /expression \{err\.status_code\} == 404/);
  assert.match(text, /rewrite \* \/guide\/404\.html/);
  assert.equal(
    text.split(`Content-Security-Policy "${headerPolicy}"`).length,
    3,
    'the policy on pages and on the 404 page',
  );
  assert.doesNotMatch(renderCaddy('/', origin), /^redir /m);
});

test('Apache: the same directives in apache.conf and .htaccess; the year-long cache only on success', () => {
  const conf = renderApache('/guide/', origin);
  const htaccess = renderHtaccess('/guide/', origin);
  const directives = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));
  assert.deepEqual(directives(conf), directives(htaccess));
  assert.match(conf, /^ErrorDocument 404 \/guide\/404\.html$/m);
  assert.match(conf, /^AddDefaultCharset utf-8$/m);
  assert.match(conf, /^<If "%\{REQUEST_URI\} == '\/guide\/404\.html'">\n {2}SetOutputFilter DEFLATE\n<\/If>$/m);
  assert.match(conf, /^RedirectMatch 404 \^\/guide\/\(\?:_headers\|\\\.htaccess\)\$$/m);
  assert.match(conf, /^AddOutputFilterByType DEFLATE text\/html text\/css .*image\/svg\+xml/m);
  assert.match(
    conf,
    /^Header set Cache-Control "public, max-age=31536000, immutable" "expr=%\{REQUEST_URI\} =~ m#\^\/guide\/\(\?:_astro/m,
  );
  assert.match(conf, /^Header always set Cache-Control "no-cache" "expr=!\(.*\) \|\| %\{REQUEST_STATUS\} != 200"$/m);
  assert.match(conf, /^Header always set Strict-Transport-Security "max-age=31536000"$/m);
});

test('deploy/ holds the nginx, Caddy and Apache files', () => {
  assert.deepEqual(
    deployFiles('/', origin).map((file) => file.name),
    ['nginx.conf', 'Caddyfile', 'apache.conf'],
  );
});
