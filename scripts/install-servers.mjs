// The server tests need nginx, Apache and Caddy. As root on Debian/Ubuntu (CI), install the missing ones with apt-get;
// otherwise stop with one line saying what to install. A server that cannot be installed fails the run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findProgram } from './real-servers.mjs';

const packages = { nginx: 'nginx', apache2: 'apache2', caddy: 'caddy' };
const missing = Object.entries(packages).filter(([program]) => !findProgram(program)).map(([, name]) => name);

if (missing.length) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`The server tests need ${missing.join(', ')}: install them (sudo apt-get install ${missing.join(' ')}) and run again.`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get for the server tests...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  const still = Object.keys(packages).filter((program) => !findProgram(program));
  if (still.length) {
    console.error(`apt-get ran, but ${still.join(', ')} is still missing.`);
    process.exit(1);
  }
}
console.log(`Servers: ${Object.keys(packages).map((program) => findProgram(program)).join(', ')}`);
