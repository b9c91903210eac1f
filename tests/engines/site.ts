// The built site as the journeys see it, and the outside world as far as the journeys reach it.
//
// - The site: scripts/serve.mjs serves the build (with the headers a real host sends), behind a small front server
//   that adds one script of the test's own to each page, /__engines/watch.js. It reports every JavaScript error,
//   unhandled rejection, console.error and policy violation to the front server (WebKitWebDriver cannot read a page's
//   console), and it can fix the page's clock (as Playwright's page.clock.setFixedTime does), both before any of the
//   page's own scripts run, in both engines the same way. With `scripts` off, documents get a `script-src 'none'`
//   policy: the page as a browser with JavaScript off shows it.
// - The outside: no journey may reach it. The exit link's neutral site is stood in for by a page of the front server,
//   /__engines/neutral-site: the exit link's exact address (src/data/exit.ts) is rewritten to it in every page served,
//   so a link that went anywhere else would not arrive there. The browsers send everything but localhost to a proxy
//   here, which answers nothing and notes what was asked (an https request, which WebKitGTK sends to its proxy over
//   TLS, is noted without its address).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Server as NetServer, Socket } from 'node:net';
import { exitDestination } from '../../src/data/exit.ts';

export type Site = {
  /** The site's address, with a trailing slash. */
  base: string;
  /** The proxy's "host:port", for the browsers. */
  proxy: string;
  /** A fixed clock for the pages loaded from now on (milliseconds since 1970), or null for the real one. */
  clock: number | null;
  /** False: pages load as with JavaScript off. */
  scripts: boolean;
  /** The exit link's stand-in for its neutral site (see above). */
  neutralSite: string;
  /** What the pages reported (errors), what the browsers asked of the outside, and the paths of the stand-in neutral
   * site they opened, since the last take. */
  takeErrors(): string[];
  takeOutside(): string[];
  takeExits(): string[];
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

/** The build the journeys run against: ENGINES_DIST (another checkout's dist, say), or this checkout's dist/. */
export const enginesDist = process.env.ENGINES_DIST ?? 'dist';

export async function startSite({ port, dist = enginesDist }: { port: number; dist?: string }): Promise<Site> {
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
  const exits: string[] = [];
  const base = `http://localhost:${port}/`;
  const neutralSite = `${base}__engines/neutral-site`;
  const state = { clock: null as number | null, scripts: true };

  const front = createServer((req, res) => {
    if (req.url === '/__engines/watch.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(watchScript(state.clock));
    }
    if (req.url?.startsWith('/__engines/neutral-site')) {
      exits.push(req.url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1>');
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
    forward(req, res, servePort, state, neutralSite);
  });
  await listen(front, port);

  const proxy = await startProxy(proxyPort, outside);
  await waitFor(`http://127.0.0.1:${servePort}/`);

  return {
    base,
    neutralSite,
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
    takeExits: () => exits.splice(0),
    async close() {
      for (const child of children) child.kill();
      await Promise.all([close(front), proxy.close()]);
    },
  };
}

/** Passes a request to serve.mjs. HTML gets the stand-in neutral site, and a document the watch script (or, with
 * scripts off, a policy against them). */
function forward(
  req: IncomingMessage,
  res: ServerResponse,
  servePort: number,
  state: { scripts: boolean },
  neutralSite: string,
) {
  const upstream = request(
    { host: '127.0.0.1', port: servePort, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      const html = String(answer.headers['content-type'] ?? '').startsWith('text/html');
      // Fetch Metadata says what asked: a page being opened, or the stage tool fetching a step's HTML.
      const document = html && (req.headers['sec-fetch-dest'] ?? 'document') === 'document';
      if (!html) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        return answer.pipe(res);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let text = Buffer.concat(chunks).toString('utf8').replaceAll(exitDestination, neutralSite);
        const headers = { ...answer.headers };
        delete headers['content-length'];
        if (document && state.scripts) text = text.replace(/<head>/i, '$&<script src="/__engines/watch.js"></script>');
        else if (document)
          headers['content-security-policy'] = [headers['content-security-policy'] ?? [], "script-src 'none'"].flat();
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(text);
      });
    },
  );
  req.pipe(upstream);
}

/** The proxy: it answers nothing outside, and notes what was asked. */
async function startProxy(port: number, outside: string[]): Promise<{ close(): Promise<void> }> {
  const proxy = createServer((req, res) => {
    outside.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    outside.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('clientError', (_error: Error, socket: Socket) => {
    // WebKitGTK opens TLS to a proxy given as its sslProxy (22 starts a TLS handshake): an https request.
    outside.push('an https request, over TLS to the proxy');
    socket.destroy();
  });
  await listen(proxy, port);
  return { close: () => close(proxy) };
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
