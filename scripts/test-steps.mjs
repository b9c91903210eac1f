// Runs test steps one after another, each as its own command with its output as it comes, stops at the first that
// fails, and ends with a table of how long each step took (the run's own clock; note the machine's load beside it).
// Used by scripts/test-all.mjs (npm test) and scripts/test-quick.mjs (npm run test:quick).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

/** @typedef {{ name: string, checks: string, command: string, args?: string[], env?: Record<string, string> }} Step */

/** An npm script as a step. */
export function npmStep(name, checks, script, ...args) {
  return { name, checks, command: 'npm', args: ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])] };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Runs the steps in order; returns true when all passed. Prints the table whatever happened. */
export function runSteps(/** @type {Step[]} */ steps, title) {
  const rows = [];
  const started = Date.now();
  let failed;
  for (const step of steps) {
    console.log(`\n── ${step.name}: ${step.checks}`);
    const begun = Date.now();
    const run = spawnSync(step.command, step.args ?? [], { stdio: 'inherit', env: { ...process.env, ...step.env } });
    const seconds = (Date.now() - begun) / 1000;
    const ok = run.status === 0;
    rows.push({ name: step.name, seconds, result: ok ? 'passed' : 'FAILED' });
    if (!ok) {
      failed = step;
      break;
    }
  }
  const notRun = steps.slice(rows.length).map((step) => ({ name: step.name, seconds: undefined, result: 'not run' }));
  const width = Math.max(...steps.map((step) => step.name.length), 'step'.length);
  const line = (name, seconds, result) => `${name.padEnd(width)} | ${seconds.padStart(7)} | ${result}`;
  console.log(`\n${title} (load average ${load()} at the end)`);
  console.log(line('step', 'seconds', 'result'));
  console.log(line('-'.repeat(width), '-'.repeat(7), '-'.repeat(7)));
  for (const row of [...rows, ...notRun])
    console.log(line(row.name, row.seconds === undefined ? '' : row.seconds.toFixed(0), row.result));
  console.log(
    line('total', ((Date.now() - started) / 1000).toFixed(0), failed ? `stopped at ${failed.name}` : 'passed'),
  );
  return !failed;
}
