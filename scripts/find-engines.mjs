// Find the browsers for the cross-engine journeys (tests/engines/): Firefox ESR, WebKitGTK's WebKitWebDriver and its
// MiniBrowser, and the X server WebKitGTK draws into (Xvfb). Playwright's own WebKit and Firefox builds are downloads this machine cannot
// make, so these are Debian's packages. Run directly, it installs the missing ones with apt-get when it is root on
// Debian or Ubuntu (CI), or stops with one line naming the command to run; then it prints each engine's version.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { aptInstall, canAptInstall } from './apt-install.mjs';

const first = (paths) => paths.find((path) => path && existsSync(path));

/** MiniBrowser sits in WebKitGTK's library folder, whose name carries the architecture and the API version. */
function findMiniBrowser() {
  const found = [];
  for (const root of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root)) {
      if (/^webkit2?gtk-/.test(entry)) found.push(`${root}/${entry}/MiniBrowser`);
      else if (/-linux-gnu$/.test(entry) && existsSync(`${root}/${entry}`)) {
        for (const inner of readdirSync(`${root}/${entry}`))
          if (/^webkit2?gtk-/.test(inner)) found.push(`${root}/${entry}/${inner}/MiniBrowser`);
      }
    }
  }
  // The newest API version first (webkitgtk-6.0, then webkit2gtk-4.1, then 4.0).
  return first(found.sort().reverse());
}

/** @returns {{ firefox?: string, webKitWebDriver?: string, miniBrowser?: string, xvfb?: string }} */
export function findEngines() {
  return {
    firefox: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webKitWebDriver: first([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']),
    miniBrowser: process.env.MINIBROWSER_PATH || findMiniBrowser(),
    xvfb: first(['/usr/bin/Xvfb']),
  };
}

/** Debian's package for each program. */
const packages = {
  firefox: 'firefox-esr',
  webKitWebDriver: 'webkit2gtk-driver',
  miniBrowser: 'webkit2gtk-driver',
  xvfb: 'xvfb',
};

const missing = (found) => [
  ...new Set(
    Object.entries(packages)
      .filter(([program]) => !found[program])
      .map(([, name]) => name),
  ),
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let found = findEngines();
  if (missing(found).length && canAptInstall()) {
    aptInstall(missing(found));
    found = findEngines();
  }
  const still = missing(found);
  if (still.length) {
    console.error(
      `The cross-engine journeys need ${still.join(', ')}: run "sudo apt-get install -y ${still.join(' ')}".`,
    );
    process.exit(1);
  }
  const version = (program, args) => execFileSync(program, args, { encoding: 'utf8' }).trim().split('\n')[0];
  console.log(`Firefox: ${found.firefox} (${version(found.firefox, ['--version'])})`);
  console.log(`WebKit: ${found.webKitWebDriver}, ${found.miniBrowser}`);
}
