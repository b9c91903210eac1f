// The built site as the journeys see it, and the outside world as far as the journeys reach it.
//
// - The site: scripts/serve.mjs serves the build (with the headers a real host sends), behind a small front server
//   that adds one script of the test's own to each page, /__engines/watch.js. It reports every JavaScript error,
//   unhandled rejection, console.error and policy violation to the front server (WebKitWebDriver cannot read a page's
//   console), and it can fix the page's clock (as Playwright's page.clock.setFixedTime does), both before any of the
//   page's own scripts run, in both engines the same way. With `scripts` off, documents get a `script-src 'none'`
//   policy: the page as a browser with JavaScript off shows it.
// - The outside: the browsers send everything but localhost to a proxy here. It answers the exit link's neutral site
//   itself (with a certificate made for the run, which the browsers are told to accept), and refuses anything else,
//   noting it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { exitDestination } from '../../src/data/exit.ts';
import { findEngines } from '../../scripts/find-engines.mjs';

export type Site = {
  /** The site's address, with a trailing slash. */
  base: string;
  /** The proxy's "host:port", for the browsers. */
  proxy: string;
  /** A fixed clock for the pages loaded from now on (milliseconds since 1970), or null for the real one. */
  clock: number | null;
  /** False: pages load as with JavaScript off. */
  scripts: boolean;
  /** What the pages reported (errors), and outside addresses the browsers asked for, since the last take. */
  takeErrors(): string[];
  takeOutside(): string[];
  close(): Promise<void>;
};

const watchScript = (clock: number | null) => `(() => {
  window.enginesWatching = true;
  const report = (kind, message) => {
    const body = JSON.stringify({ kind, message: String(message), page: location.pathname + location.search });
    fetch('/__engines/report', { method: 'POST', body, keepalive: true }).catch(() => {});
  };
  addEventListener('error', (event) => {
    if (event.target !== window) return report('failed to load', event.target.src || event.target.href);
    report('error', event.error ? event.error.name + ': ' + event.error.message : event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => report('unhandled rejection', event.reason && event.reason.stack || event.reason));
  document.addEventListener('securitypolicyviolation', (event) => report('policy', event.violatedDirective + ' ' + event.blockedURI));
  const consoleError = console.error;
  console.error = (...values) => { report('console.error', values.join(' ')); consoleError.apply(console, values); };
  const fixed = ${JSON.stringify(clock)};
  if (fixed !== null) {
    const RealDate = Date;
    window.Date = class extends RealDate {
      constructor(...values) { values.length ? super(...values) : super(fixed); }
      static now() { return fixed; }
    };
  }
})();
`;

export async function startSite({ port, dist = 'dist' }: { port: number; dist?: string }): Promise<Site> {
  const children: ChildProcess[] = [];
  const servePort = port + 1;
  const proxyPort = port + 2;
  const serve = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(servePort), DIST_DIR: dist, BASE_PATH: '/', HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  children.push(serve);
  const errors: string[] = [];
  const outside: string[] = [];
  const state = { clock: null as number | null, scripts: true };

  const front = createServer((req, res) => {
    if (req.url === '/__engines/watch.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(watchScript(state.clock));
    }
    if (req.url === '/__engines/report' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { kind, message, page } = JSON.parse(body) as Record<string, string>;
        errors.push(`${page}: ${kind}: ${message}`);
        res.writeHead(204).end();
      });
      return;
    }
    forward(req, res, servePort, state);
  });
  await listen(front, port);

  const proxy = await startProxy(proxyPort, outside);
  await waitFor(`http://127.0.0.1:${servePort}/`);

  return {
    base: `http://localhost:${port}/`,
    proxy: `127.0.0.1:${proxyPort}`,
    get clock() {
      return state.clock;
    },
    set clock(value) {
      state.clock = value;
    },
    get scripts() {
      return state.scripts;
    },
    set scripts(value) {
      state.scripts = value;
    },
    takeErrors: () => errors.splice(0),
    takeOutside: () => outside.splice(0),
    async close() {
      for (const child of children) child.kill();
      await Promise.all([close(front), proxy.close()]);
    },
  };
}

/** Passes a request to serve.mjs; a document gets the watch script (or, with scripts off, a policy against them). */
function forward(req: IncomingMessage, res: ServerResponse, servePort: number, state: { scripts: boolean }) {
  const upstream = request(
    { host: '127.0.0.1', port: servePort, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      const type = String(answer.headers['content-type'] ?? '');
      // Fetch Metadata says what asked: a page being opened, or the stage tool fetching a step's HTML.
      const document = type.startsWith('text/html') && (req.headers['sec-fetch-dest'] ?? 'document') === 'document';
      if (!document) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        return answer.pipe(res);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let html = Buffer.concat(chunks).toString('utf8');
        const headers = { ...answer.headers };
        delete headers['content-length'];
        if (state.scripts) html = html.replace(/<head>/i, '$&<script src="/__engines/watch.js"></script>');
        else headers['content-security-policy'] = [headers['content-security-policy'] ?? [], "script-src 'none'"].flat();
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(html);
      });
    },
  );
  req.pipe(upstream);
}

/** The proxy: the neutral site of the exit link is answered here; anything else is refused and noted. */
async function startProxy(port: number, outside: string[]): Promise<{ close(): Promise<void> }> {
  const exit = new URL(exitDestination);
  const certDir = mkdtempSync(join(tmpdir(), 'engines-cert-'));
  const { openssl } = findEngines();
  if (!openssl) throw new Error('openssl is missing: run "node scripts/find-engines.mjs".');
  execFileSync(
    openssl,
    [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${exit.hostname}`,
      '-addext', `subjectAltName=DNS:${exit.hostname},IP:127.0.0.1`,
      '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const tls = { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) };
  const neutral = createHttpsServer(
    tls,
    (req, res) => {
      outside.push(`https://${req.headers.host}${req.url}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1>');
    },
  );
  rmSync(certDir, { recursive: true, force: true });
  const proxy = createServer((req, res) => {
    outside.push(`refused ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('clientError', (error: Error, socket: Socket) => {
    outside.push(`not HTTP: ${error.message}`);
    socket.destroy();
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (req.url === `${exit.hostname}:443`) {
      // What the browser sent after its CONNECT (the start of TLS) belongs to the tunnel.
      if (head.length) socket.unshift(head);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      neutral.emit('connection', socket);
    } else {
      outside.push(`refused https://${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    }
  });
  // WebKitGTK speaks TLS to a proxy given as its sslProxy, Firefox plain HTTP: the first byte says which (22 starts a
  // TLS handshake), and a TLS connection is unwrapped before the proxy reads its CONNECT.
  const overTls = createTlsServer(tls, (socket) => proxy.emit('connection', socket));
  const door = createNetServer((socket) => {
    socket.once('data', (chunk) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 22 ? overTls : proxy).emit('connection', socket);
      socket.resume();
    });
  });
  await listen(door, port);
  return { close: () => Promise.all([close(door), close(proxy), close(neutral), close(overTls)]).then(() => undefined) };
}

const listen = (server: NetServer, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

const close = (server: { close(cb: () => void): void; closeAllConnections?(): void }) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}
