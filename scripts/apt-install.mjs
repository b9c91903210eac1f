// Installing a Debian package a check needs (Chromium, faketime) on a clean CI machine: only as root on Debian or
// Ubuntu, where apt-get can do it without asking. Elsewhere the caller names the command for a person to run.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** True when this process can install Debian packages itself. */
export function canAptInstall() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** @param {string[]} packages */
export function aptInstall(packages) {
  console.log(`Installing Debian's ${packages.join(', ')} with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
