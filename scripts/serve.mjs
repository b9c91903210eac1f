// A plain static file server for the built site, as any static host would serve it:
// folders serve index.html, a missing page gets 404.html with status 404, and the site may live under a base path.
// Usage: node scripts/serve.mjs  (env: DIST_DIR=dist, PORT=4321, BASE_PATH=/, HOST=127.0.0.1)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.png': 'image/png',
  '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.ics': 'text/calendar',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

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
  res.writeHead(status, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', ...headers });
  res.end(body);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const notFound = () => send(res, 404, join(root, '404.html')).catch(() => { res.writeHead(404); res.end('Not found'); });
  let pathname;
  try { pathname = decodeURIComponent(url.pathname); } catch { return notFound(); }
  if (`${pathname}/` === base) { res.writeHead(301, { Location: base + url.search }); return res.end(); }
  if (!pathname.startsWith(base)) return notFound();
  const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const target = join(root, relative);
  if (!target.startsWith(root)) return notFound();
  const found = await fileAt(target);
  if (found === 'dir') {
    if (!pathname.endsWith('/')) { res.writeHead(301, { Location: `${pathname}/${url.search}` }); return res.end(); }
    const index = join(target, 'index.html');
    return (await fileAt(index)) === index ? send(res, 200, index) : notFound();
  }
  if (found) return send(res, 200, found);
  return notFound();
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
