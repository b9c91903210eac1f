// A deploy build is never a preview and never names this computer:
// 1. without an address (no SITE_URL, no publicUrl in src/data/site.ts, no PREVIEW) the build stops and says what to
//    run, both through `npm run build` and when Astro is run directly;
// 2. built with SITE_URL=https://example.org, no file in the site or in its server settings says "localhost",
//    "127.0.0.1" or "Preview copy", and the pages name the address they were built for.
// Usage: npm run check:deploy-build   (builds into dist-deploy/, settings into deploy-check/)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../src/data/site.ts';
import { resolveSiteConfig } from '../src/integrations/site-config.ts';

const address = 'https://example.org';
const dist = 'dist-deploy';
const deploy = 'deploy-check';
const problems = [];
// The environment without an address of its own: every build below says which it gets.
const rest = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['SITE_URL', 'BASE_PATH', 'PREVIEW'].includes(name)),
);
const plain = {
  ...rest,
  ASTRO_TELEMETRY_DISABLED: '1',
  DIST_DIR: dist,
  ASTRO_CACHE_DIR: 'node_modules/.astro-deploy',
  DEPLOY_DIR: deploy,
};

function run(command, args, env) {
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// 1. No address.
if (siteSettings.publicUrl) {
  const { origin } = resolveSiteConfig({});
  if (origin !== new URL(siteSettings.publicUrl).origin)
    problems.push(
      `src/data/site.ts has publicUrl ${siteSettings.publicUrl}, but a build without SITE_URL is for ${origin}`,
    );
} else {
  for (const [label, command, args] of [
    ['npm run build', 'npm', ['run', '--silent', 'build']],
    ['astro build', 'npx', ['astro', 'build', '--silent']],
  ]) {
    const attempt = run(command, args, plain);
    if (attempt.status === 0) problems.push(`${label} with no address succeeded; it must stop.`);
    for (const needed of ['SITE_URL=https://', 'BASE_PATH=', 'PREVIEW=1 npm run build']) {
      if (!attempt.output.includes(needed))
        problems.push(`${label} with no address does not say "${needed}":\n${attempt.output.slice(0, 600)}`);
    }
  }
}

// 2. A deploy build at a real address.
rmSync(dist, { recursive: true, force: true });
const build = run('npm', ['run', '--silent', 'build'], { ...plain, SITE_URL: address });
if (build.status !== 0) {
  problems.push(`The deploy build with SITE_URL=${address} failed:\n${build.output}`);
} else {
  const files = [dist, deploy].flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    for (const banned of ['localhost', '127.0.0.1', 'Preview copy'])
      if (text.includes(banned)) problems.push(`${file} contains "${banned}"`);
  }
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!home.includes(`<link rel="canonical" href="${address}/"`))
    problems.push(`${dist}/index.html does not name ${address}/ as its address`);
  if (!readFileSync(join(dist, 'robots.txt'), 'utf8').includes(`Sitemap: ${address}/sitemap-index.xml`))
    problems.push('robots.txt does not name the sitemap at the real address');
  console.log(
    `Deploy build for ${address}: checked ${files.length} files for "localhost", "127.0.0.1" and "Preview copy".`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('A build without an address stops with what to run; a deploy build names only its real address.');
