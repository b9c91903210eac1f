// The quick loop for one feature (npm run test:quick -- stage-tool): types, lint and format, the unit
// tests, one build (the root one) and the browser tests of the features named, at the root. Within about 3 minutes on
// a 2-core machine; npm test runs everything. With no feature named it lists them (tests/browser/<feature>.spec.ts).
import { readdirSync } from 'node:fs';
import { npmStep, runSteps } from './test-steps.mjs';

const features = readdirSync('tests/browser')
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => file.replace(/\.spec\.ts$/, ''))
  .sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((feature) => !features.includes(feature));

if (asked.length === 0 || unknown.length) {
  if (unknown.length) console.error(`No browser tests for: ${unknown.join(', ')}.`);
  console.error('Usage: npm run test:quick -- <feature> [<feature>...]\nFeatures (tests/browser/<feature>.spec.ts):');
  for (const feature of features) console.error(`  ${feature}`);
  process.exit(asked.length === 0 ? 2 : 1);
}

const steps = [
  npmStep('types', 'astro check: TypeScript and the .astro files', 'check'),
  npmStep('lint', 'ESLint: no errors, no warnings', 'lint'),
  npmStep('format', 'Prettier: every file formatted as it would format it', 'format:check'),
  npmStep('unit', 'the unit tests (node --test)', 'test:unit'),
  npmStep('build', 'the site built at the root (dist/)', 'build:variants', '--root-only'),
  npmStep(
    `browser: ${asked.join(', ')}`,
    'Playwright, at the root',
    'test:browser',
    '--project=root',
    ...asked.map((feature) => `tests/browser/${feature}.spec.ts`),
  ),
];

process.exit(runSteps(steps, `npm run test:quick -- ${asked.join(' ')}: time of each step`) ? 0 : 1);
