// Starts scripts/serve.mjs on a built site for the scripts that drive a browser over it (leaflets, benchmarks),
// and waits until it is listening, so none of them has to guess how long a start takes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/**
 * @param {{ dist: string, port: number, base: string, compress?: boolean }} options
 * @returns {Promise<{ server: import('node:child_process').ChildProcess, origin: string }>} origin ends with the base path
 */
export async function startServer({ dist, port, base, compress = false }) {
  const server = spawn(process.execPath, [serveScript], {
    env: { ...process.env, DIST_DIR: dist, PORT: String(port), BASE_PATH: base, COMPRESS: compress ? '1' : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // serve.mjs prints one line once it listens. Waiting for that line, rather than for any answer on the port, means
  // a server left running by something else on the same port is reported instead of silently measured.
  const listening = once(server.stdout, 'data').then(() => 'listening');
  const stopped = once(server, 'exit').then(() => 'stopped');
  let timer;
  const timedOut = new Promise((done) => {
    timer = setTimeout(done, 10_000, 'timed out');
  });
  const result = await Promise.race([listening, stopped, timedOut]);
  clearTimeout(timer);
  if (result !== 'listening') {
    server.kill();
    throw new Error(`The file server ${result} before it listened (is port ${port} free? set another port).`);
  }
  server.stdout.resume();
  return { server, origin: `http://localhost:${port}${base}` };
}
