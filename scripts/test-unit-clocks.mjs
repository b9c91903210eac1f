// The unit tests again with the system clock faked (libfaketime) to dates that once broke them: mid-2029, when a year
// range counted from today would have moved, and 2 January 2026, just after a new year. Each run first prints the year
// the faked clock gives, and stops if it is not the one asked for, so a missing or broken faketime cannot pass quietly.
// The summary line per clock is not an "ℹ pass" line: these are the same tests as `npm run test:unit`, so .ci/run
// counts them once, and adds only their failures to its closing line.
// Usage: npm run test:unit:clocks   (installs Debian's faketime when root and it is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { aptInstall, canAptInstall } from './apt-install.mjs';

const clocks = ['2029-06-01 12:00:00', '2026-01-02 09:00:00'];
const unitTests = 'tests/unit/**/*.test.ts';

function hasFaketime() {
  return spawnSync('faketime', ['--version'], { stdio: 'ignore' }).error === undefined;
}

if (!hasFaketime() && canAptInstall()) aptInstall(['faketime']);
if (!hasFaketime()) {
  console.error('faketime is missing: run "sudo apt-get install -y faketime".');
  process.exit(1);
}

let failed = 0;
for (const clock of clocks) {
  const wanted = clock.slice(0, 4);
  const year = execFileSync('faketime', [clock, process.execPath, '-p', 'new Date().getFullYear()'], {
    encoding: 'utf8',
  }).trim();
  if (year !== wanted) {
    console.error(`faketime did not fake the clock: asked for ${clock}, Node says the year is ${year}.`);
    process.exit(1);
  }
  const run = spawnSync('faketime', [clock, process.execPath, '--test', unitTests], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const count = (name) => Number(output.match(new RegExp(`^ℹ ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  const ok = run.status === 0 && count('fail') === 0 && count('pass') > 0;
  if (!ok) {
    // Indented, so its own "ℹ pass" lines are not counted a second time by .ci/run.
    process.stdout.write(output.replace(/^/gm, '  '));
    failed += Math.max(count('fail'), 1);
  }
  console.log(
    `unit tests with the clock at ${clock} (Node says ${year}): ${count('pass')} passed, ${count('fail')} failed`,
  );
}
process.exit(failed === 0 ? 0 : 1);
