// The server tests need nginx, Apache and Caddy. As root on Debian/Ubuntu (CI), install the missing ones with apt-get;
// otherwise stop with one line saying what to install. A server that cannot be installed fails the run.
import { aptInstall, canAptInstall } from './apt-install.mjs';
import { findProgram } from './real-servers.mjs';

const packages = { nginx: 'nginx', apache2: 'apache2', caddy: 'caddy' };
const missing = Object.entries(packages)
  .filter(([program]) => !findProgram(program))
  .map(([, name]) => name);

if (missing.length) {
  if (!canAptInstall()) {
    console.error(
      `The server tests need ${missing.join(', ')}: install them (sudo apt-get install ${missing.join(' ')}) and run again.`,
    );
    process.exit(1);
  }
  aptInstall(missing);
  const still = Object.keys(packages).filter((program) => !findProgram(program));
  if (still.length) {
    console.error(`apt-get ran, but ${still.join(', ')} is still missing.`);
    process.exit(1);
  }
}
console.log(
  `Servers: ${Object.keys(packages)
    .map((program) => findProgram(program))
    .join(', ')}`,
);
