// The whole test run (npm test, npm run test:all): every check, in order, stopping at the first failure, then a table
// of each step's time. The browser tests and the server tests print "playwright: N passed, M failed", and the unit
// tests node's "ℹ pass N", for .ci/run's closing line. docs/testing.md says what each step checks.
import { codeChecks, npmStep, runSteps } from './test-steps.mjs';

const node = (name, checks, script, ...args) => ({ name, checks, command: process.execPath, args: [script, ...args] });

const steps = [
  node('node', 'npm run uses the Node 24 of the "node" devDependency', 'scripts/check-node.mjs', '--say'),
  node('chromium', 'a Chromium for the browser tests (installed with apt-get when root)', 'scripts/find-chromium.mjs'),
  node(
    'voice',
    'speech-dispatcher with espeak-ng for the real-voice Listen test (apt-get when root)',
    'scripts/find-voice.mjs',
  ),
  ...codeChecks,
  npmStep('unit clocks', 'the unit tests again with the clock faked to dates that once broke them', 'test:unit:clocks'),
  npmStep('builds', 'the site built at the root (dist/) and in /guide/ (dist-guide/)', 'build:variants'),
  npmStep('deploy build', 'a deploy build needs an address and never names this computer', 'check:deploy-build'),
  npmStep('budget', 'page weight and script budgets', 'budget'),
  npmStep('readability', 'reading age of every page', 'readability'),
  npmStep('links', 'every link in both builds leads somewhere', 'check:links'),
  npmStep('html', 'the built HTML of both builds is valid', 'check:html'),
  npmStep('add a page', "CONTENT.md's 'How to add a page' works with no code change", 'check:add-page'),
  npmStep('browser', 'Playwright: every feature at the root, the @guide tests in /guide/', 'test:browser'),
  npmStep(
    'engines',
    'the journeys and axe on every page in WebKit and Firefox (installed with apt-get when root)',
    'test:engines',
  ),
  npmStep('servers', 'nginx, Apache and Caddy serve both builds from the files the build wrote', 'test:servers'),
];

process.exit(runSteps(steps, 'npm test: time of each step') ? 0 : 1);
