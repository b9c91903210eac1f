// Serves a built site behind a real nginx, Apache or Caddy, configured only by the files the build wrote
// (deploy/nginx.conf, deploy/Caddyfile, deploy/apache.conf, dist/.htaccess), each wrapped in the smallest server
// configuration a host would have around it. Everything a server writes (pid, logs, temp files) goes to a temp folder,
// so nothing needs system configuration and it runs as root in CI or as a user locally.
// Used by tests/servers/ (globalSetup); run directly to try one by hand:
//   node scripts/real-servers.mjs nginx dist deploy / 4520
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

/** The servers, each with the generated file it is tested behind. */
export const serverKinds = ['nginx', 'apache', 'apache-htaccess', 'caddy'];

const isRoot = process.getuid?.() === 0;

/** Where a program is, looking in the sbin folders too (apt puts nginx and apache2 there), or undefined. */
export function findProgram(name) {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/sbin', '/usr/bin'];
  return dirs.map((dir) => join(dir, name)).find((path) => path && existsSync(path));
}

const programs = { nginx: 'nginx', apache: 'apache2', 'apache-htaccess': 'apache2', caddy: 'caddy' };

/**
 * A document root holding the site at its base path: the dist folder itself for '/', otherwise a temp folder
 * with a link named after the folder ('guide' -> dist-guide).
 */
function documentRoot(work, dist, base) {
  if (base === '/') return dist;
  const root = join(work, 'root');
  const folder = join(root, base.replace(/^\/|\/$/g, ''));
  mkdirSync(join(folder, '..'), { recursive: true });
  symlinkSync(dist, folder, 'dir');
  return root;
}

function nginxConfig(work, root, deploy, port) {
  const temp = (name) => `${name}_temp_path ${join(work, name)};`;
  return `# Test wrapper: the host's part. The site's part is the included file.
${isRoot ? 'user root root;' : ''}
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
daemon off;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${join(deploy, 'nginx.conf')};
  }
}
`;
}

function apacheConfig(work, root, siteFolder, deploy, port, htaccess) {
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers', 'deflate', 'filter'];
  const modulesDir = '/usr/lib/apache2/modules';
  return `# Test wrapper: the host's part. The site's part is ${htaccess ? 'the .htaccess in the site folder' : 'the included file'}.
${modules.map((name) => `LoadModule ${name}_module ${modulesDir}/mod_${name}.so`).join('\n')}
ServerRoot ${work}
PidFile ${join(work, 'httpd.pid')}
Mutex file:${work} default
Listen 127.0.0.1:${port}
ServerName localhost
${isRoot ? 'User www-data\nGroup www-data' : ''}
ErrorLog ${join(work, 'error.log')}
LogLevel warn
TypesConfig /etc/mime.types
DocumentRoot ${root}
<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
<Directory ${siteFolder}>
  ${htaccess ? 'AllowOverride All' : `Include ${join(deploy, 'apache.conf')}`}
</Directory>
`;
}

function caddyConfig(work, root, deploy, port) {
  return `# Test wrapper: the host's part. The site's part is the imported file.
{
  admin off
  auto_https off
  storage file_system ${join(work, 'data')}
}
http://:${port} {
  bind 127.0.0.1
  root * ${root}
  import ${join(deploy, 'Caddyfile')}
}
`;
}

/**
 * Start one server for a built site and wait until it answers.
 * @param {{ kind: string, dist: string, deploy: string, base: string, port: number }} options
 * @returns {Promise<{ kind: string, origin: string, stop: () => void }>} origin ends with the base path
 */
export async function startRealServer({ kind, dist, deploy, base, port }) {
  const program = findProgram(programs[kind]);
  if (!program)
    throw new Error(
      `${programs[kind]} is not installed: run "node scripts/install-servers.mjs" (as root on Debian/Ubuntu).`,
    );
  for (const needed of [join(dist, 'index.html'), join(deploy, 'nginx.conf'), join(dist, '.htaccess')]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: build first (npm run build:variants).`);
  }
  const work = mkdtempSync(join(tmpdir(), `yv-${kind}-`));
  chmodSync(work, 0o755); // Apache's workers run as www-data when started as root, and must reach the document root
  const root = documentRoot(work, resolve(dist), base);
  const siteFolder = join(root, base);
  const config = join(work, 'server.conf');
  let args;
  const env = { ...process.env, XDG_DATA_HOME: join(work, 'data'), XDG_CONFIG_HOME: join(work, 'config'), HOME: work };
  if (kind === 'nginx') {
    writeFileSync(config, nginxConfig(work, root, resolve(deploy), port));
    args = ['-p', work, '-e', join(work, 'error.log'), '-c', config];
  } else if (kind === 'caddy') {
    writeFileSync(config, caddyConfig(work, root, resolve(deploy), port));
    args = ['run', '--config', config, '--adapter', 'caddyfile'];
  } else {
    writeFileSync(config, apacheConfig(work, root, siteFolder, resolve(deploy), port, kind === 'apache-htaccess'));
    args = ['-f', config, '-DFOREGROUND'];
  }
  const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const origin = `http://localhost:${port}${base}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  };
  const log = () => (existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '');
  for (let tries = 0; tries < 100; tries += 1) {
    if (child.exitCode !== null) {
      const why = `${output}\n${log()}`.trim();
      stop();
      throw new Error(`${kind} stopped before it served ${origin} (is port ${port} free?):\n${why}`);
    }
    try {
      const response = await fetch(origin, { redirect: 'manual' });
      if (response.status === 200) return { kind, origin, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  const why = `${output}\n${log()}`.trim();
  stop();
  throw new Error(`${kind} did not serve ${origin} within 10 seconds:\n${why}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind = 'nginx', dist = 'dist', deploy = 'deploy', base = '/', port = '4520'] = process.argv.slice(2);
  const server = await startRealServer({ kind, dist, deploy, base, port: Number(port) });
  console.log(`${kind} serving ${server.origin} (Ctrl+C to stop)`);
  process.on('SIGINT', () => {
    server.stop();
    process.exit(0);
  });
}
