// A plain static file server for the built site, as any static host would serve it:
// folders serve index.html, a missing page gets 404.html with status 404, and the site may live under a base path.
// Like Netlify and Cloudflare Pages, it sends the headers the build wrote to `<dist>/_headers` (security headers, the
// content security policy, caching), so the browser tests run under the policy a real host sends.
// COMPRESS=1 gzips text responses as most hosts do (the benchmark uses it so its page weights are realistic).
// Usage: node scripts/serve.mjs  (env: DIST_DIR=dist, PORT=4321, BASE_PATH=/, HOST=127.0.0.1, COMPRESS=)
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { settings } from './settings.mjs';

const root = resolve(settings.distDir);
const port = settings.port ?? 4321;
const host = settings.host;
const base = settings.basePath;
const compress = settings.compress;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * Read a `_headers` file (Netlify/Cloudflare format): a path pattern on its own line, then indented `Name: value`
 * lines. `*` matches anything, `:name` one path segment. Returns [{ pattern, headers }] in file order.
 */
function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for a request path: every matching rule, in order; a header named twice is joined with ", ". */
function headersFor(rules, pathname) {
  const headers = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

async function send(res, status, path, headers = {}) {
  const body = await readFile(path);
  const type = types[extname(path)] ?? 'application/octet-stream';
  const gzip =
    compress &&
    /^(text\/|application\/(json|xml|wasm))|svg/.test(type) &&
    /\bgzip\b/.test(String(res.req.headers['accept-encoding']));
  res.writeHead(status, {
    'Content-Type': type,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    ...headers,
  });
  res.end(gzip ? gzipSync(body) : body);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
  const notFound = () =>
    send(res, 404, join(root, '404.html')).catch(() => {
      res.writeHead(404);
      res.end('Not found');
    });
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  if (`${pathname}/` === base) {
    res.writeHead(301, { Location: base + url.search });
    return res.end();
  }
  if (!pathname.startsWith(base)) return notFound();
  // Files the build leaves for hosts to read (_headers, .htaccess) are not pages: hosts do not serve them.
  if (/^(_headers|\.htaccess)$/.test(pathname.slice(base.length))) return notFound();
  const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const target = join(root, relative);
  if (!target.startsWith(root)) return notFound();
  const found = await fileAt(target);
  if (found === 'dir') {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${pathname}/${url.search}` });
      return res.end();
    }
    const index = join(target, 'index.html');
    return (await fileAt(index)) === index ? send(res, 200, index) : notFound();
  }
  if (found) return send(res, 200, found);
  return notFound();
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
