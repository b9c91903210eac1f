// WebKit (WebKitGTK, the engine of Safari) through WebKitWebDriver, Debian's package webkit2gtk-driver. It speaks
// classic W3C WebDriver (HTTP and JSON): the few commands used here are sent with fetch, as the maintained clients
// (webdriverio, selenium-webdriver) bring 18 to 46 MB and driver downloaders this project does not need. WebKitGTK's
// own browser, MiniBrowser, runs with --automation in an X server of its own (Xvfb): WebKitGTK has no headless mode.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from './driver.ts';
import { findEngines } from '../../scripts/find-engines.mjs';

/** W3C WebDriver key codes. */
const keyCodes: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Backspace: '\uE003',
  Delete: '\uE017',
};

/** How long one WebDriver command may take, in milliseconds. */
const callTimeout = Number(process.env.ENGINES_COMMAND_MS ?? 30_000);

type Launch = { port: number; proxy: string; displays: number[] };

/** Starts WebKit, trying a second time from scratch: on the loaded 2-core machine MiniBrowser sometimes never answers
 * the first session request, straight after another WebKit run (the next try has always worked). */
export async function launchWebKit(launch: Launch): Promise<Driver> {
  try {
    return await launchOnce(launch);
  } catch (error) {
    console.error(`WebKit did not start (${String(error)}); trying once more.`);
    return launchOnce(launch);
  }
}

async function launchOnce({ port, proxy, displays }: Launch): Promise<Driver> {
  const { webKitWebDriver, miniBrowser, xvfb } = findEngines();
  if (!webKitWebDriver || !miniBrowser || !xvfb)
    throw new Error('WebKit is missing: run "node scripts/find-engines.mjs".');
  const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  // MiniBrowser's toolbar keeps its window at least 447 px wide; smaller toolbar widgets (GTK's own CSS, read from
  // this private config folder) let the page have a phone's width. The page itself is drawn by WebKit, not GTK.
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    'window * { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  const children: ChildProcess[] = [];
  const display = await startXvfb(xvfb, displays, children);
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, XDG_DATA_HOME: home };
  // In a process group of its own, so that stopping it stops the MiniBrowser it started too (one left behind kept
  // the next run's session from starting).
  const driverProcess = spawn(webKitWebDriver, [`--port=${port}`], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  children.push(driverProcess);
  const origin = `http://127.0.0.1:${port}`;
  // A driver or session that does not start (a slow machine) must not leave Xvfb and the driver running: the run
  // would never end.
  const stop = async (error: unknown): Promise<never> => {
    await stopAll(children);
    rmSync(home, { recursive: true, force: true });
    throw error;
  };
  await waitForServer(`${origin}/status`).catch(stop);

  const call = async (method: string, path: string, body?: unknown, limit = callTimeout): Promise<unknown> => {
    const response = await fetch(origin + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A command that hangs (a page that never loads) fails the journey instead of the whole run.
      signal: AbortSignal.timeout(limit),
    });
    const json = (await response.json()) as { value: { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };

  const created = (await call(
    'POST',
    '/session',
    {
      capabilities: {
        alwaysMatch: {
          // The exit journey's neutral site is answered by the test's own proxy, with a certificate made for the run.
          acceptInsecureCerts: true,
          timeouts: { pageLoad: 15_000, script: 15_000 },
          proxy: { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy, noProxy: ['localhost', '127.0.0.1'] },
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        },
      },
    },
    // Starting MiniBrowser took over 30 s twice on the loaded 2-core machine (never a journey's command).
    3 * callTimeout,
  ).catch(stop)) as { sessionId: string; capabilities: { browserName: string; browserVersion: string } };
  const session = `/session/${created.sessionId}`;
  const find = async (target: string): Promise<string> => {
    const [using, value] = target.startsWith('xpath:') ? ['xpath', target.slice(6)] : ['css selector', target];
    const element = (await call('POST', `${session}/element`, { using, value })) as Record<string, string>;
    return Object.values(element)[0]!;
  };
  const run = async (source: string, args: unknown[]): Promise<unknown> => {
    const result = (await call('POST', `${session}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${source}).apply(null, Array.from(arguments).slice(0, -1)))
          .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`,
      args,
    })) as { value?: unknown; error?: string };
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value;
  };
  // WebKitWebDriver does not scroll an element below the viewport into view before a click ("element not
  // interactable"), so the adapter does, to the middle of the screen: clear of the sticky header. The element is
  // found again by its target inside the script, as WebKitWebDriver passes no element into an executed script.
  const reach = async (target: string): Promise<string> => {
    await run(
      `(target) => {
        const el = target.startsWith('xpath:')
          ? document.evaluate(target.slice(6), document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue
          : document.querySelector(target);
        if (el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      }`,
      [target],
    );
    return find(target);
  };
  const keys = (steps: string[]) =>
    steps.flatMap((step) => {
      const held = step.split('+').map((key) => keyCodes[key] ?? key);
      return [
        ...held.map((value) => ({ type: 'keyDown', value })),
        ...held.reverse().map((value) => ({ type: 'keyUp', value })),
      ];
    });

  return {
    engine: 'WebKit',
    ownRequests: [],
    version: `${created.capabilities.browserName} ${created.capabilities.browserVersion}`,
    async open(url) {
      await call('POST', `${session}/url`, { url });
    },
    async url() {
      return (await call('GET', `${session}/url`)) as string;
    },
    run,
    async click(target) {
      await call('POST', `${session}/element/${await reach(target)}/click`, {});
    },
    async type(target, text) {
      await call('POST', `${session}/element/${await reach(target)}/value`, { text });
    },
    async press(...steps) {
      await call('POST', `${session}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions: keys(steps) }] });
    },
    async back() {
      await call('POST', `${session}/back`, {});
    },
    async viewport(width, height) {
      // The window is larger than its page by the toolbar: size the window, measure the page, then size again.
      await call('POST', `${session}/window/rect`, { width, height });
      const [innerWidth, innerHeight] = (await run('() => [innerWidth, innerHeight]', [])) as number[];
      await call('POST', `${session}/window/rect`, {
        width: width + (width - innerWidth!),
        height: height + (height - innerHeight!),
      });
    },
    async close() {
      await call('DELETE', session).catch(() => undefined);
      await stopAll(children);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Stops the driver's whole process group and Xvfb, and waits until each has gone (its port and display free again).
 * SIGTERM first, so Xvfb removes its display lock; SIGKILL for anything still there after 5 s. */
async function stopAll(children: ChildProcess[]): Promise<void> {
  const signal = (child: ChildProcess, name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name); // the driver's group: the driver and its MiniBrowser
    } catch {
      child.kill(name); // not a group leader (Xvfb)
    }
  };
  await Promise.all(
    children.reverse().map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => signal(child, 'SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          signal(child, 'SIGTERM');
        }),
    ),
  );
}

/** Starts Xvfb on the first display of `displays` that is free; returns its name (":90"). */
async function startXvfb(xvfb: string, displays: number[], children: ChildProcess[]): Promise<string> {
  for (const number of displays) {
    if (existsSync(`/tmp/.X${number}-lock`)) continue;
    const child = spawn(xvfb, [`:${number}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const started = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(`/tmp/.X11-unix/X${number}`)) {
          clearInterval(timer);
          resolve(true);
        }
      }, 50);
      child.once('exit', () => {
        clearInterval(timer);
        resolve(false);
      });
    });
    if (started) {
      children.push(child);
      return `:${number}`;
    }
  }
  throw new Error(`No free X display among :${displays.join(', :')} for WebKit (set ENGINES_DISPLAYS).`);
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}
