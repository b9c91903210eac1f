// Starts scripts/serve.mjs on a built site for the scripts that drive a browser over it (leaflets, benchmarks),
// and waits until it answers, so none of them has to guess how long a start takes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/**
 * @param {{ dist: string, port: number, base: string, compress?: boolean }} options
 * @returns {Promise<{ server: import('node:child_process').ChildProcess, origin: string }>} origin ends with the base path
 */
export async function startServer({ dist, port, base, compress = false }) {
  const server = spawn(process.execPath, [serveScript], {
    env: { ...process.env, DIST_DIR: dist, PORT: String(port), BASE_PATH: base, COMPRESS: compress ? '1' : '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://localhost:${port}${base}`;
  for (let tries = 0; tries < 100; tries += 1) {
    if (server.exitCode !== null) throw new Error(`The file server stopped (is port ${port} free? set another port).`);
    try {
      if ((await fetch(origin)).ok) return { server, origin };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error(`The file server did not answer at ${origin}`);
}
