// The journeys in WebKit (WebKitGTK's MiniBrowser, the engine of Safari). Ports from ENGINES_PORT (default 4500): the
// site, serve.mjs, the proxy, WebKitWebDriver. X displays from ENGINES_DISPLAYS (default 90-94).
import { runEngine } from './run-engine.ts';
import { launchWebKit } from './webkit.ts';

const port = Number(process.env.ENGINES_PORT ?? 4500);
const [from, to] = (process.env.ENGINES_DISPLAYS ?? '90-94').split('-').map(Number);
const displays = Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);

runEngine('WebKit', port, (site) => launchWebKit({ port: port + 3, proxy: site.proxy, displays }));
