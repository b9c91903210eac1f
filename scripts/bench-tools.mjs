// Lighthouse and chrome-launcher, for `npm run bench` only. Together they are about 70 MB that `npm install` (and so
// every `npm test`) should not carry, so package.json names them under "benchTools" instead of devDependencies, and
// this installs them on first use into node_modules/.cache/bench-tools (again when those versions change).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const dir = resolve('node_modules/.cache/bench-tools');

/** The versions package.json asks for, as the dependencies of the small package the tools are installed into. */
function wanted() {
  const { benchTools } = JSON.parse(readFileSync('package.json', 'utf8'));
  return JSON.stringify({ name: 'bench-tools', private: true, dependencies: benchTools }, null, 2);
}

function install() {
  const manifest = join(dir, 'package.json');
  const installed = existsSync(manifest) && readFileSync(manifest, 'utf8') === wanted();
  if (installed && existsSync(join(dir, 'node_modules/lighthouse/package.json'))) return;
  console.log('Installing Lighthouse and chrome-launcher for the benchmark (once)...');
  mkdirSync(dir, { recursive: true });
  writeFileSync(manifest, wanted());
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir], {
    stdio: 'inherit',
  });
}

/** Import a package from the bench tools' folder, by its package.json's entry point. */
async function load(name) {
  const root = join(dir, 'node_modules', name);
  const { main = 'index.js', version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { module: await import(pathToFileURL(join(root, main)).href), version };
}

export async function benchTools() {
  install();
  const lighthouse = await load('lighthouse');
  const chromeLauncher = await load('chrome-launcher');
  return {
    lighthouse: lighthouse.module.default,
    lighthouseVersion: lighthouse.version,
    chromeLauncher: chromeLauncher.module,
  };
}
