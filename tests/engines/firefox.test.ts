// The journeys in Firefox (Gecko, Debian's Firefox ESR). Ports from ENGINES_PORT (default 4500) + 5: the site,
// serve.mjs, the proxy.
import { runEngine } from './run-engine.ts';
import { launchFirefox } from './firefox.ts';

const port = Number(process.env.ENGINES_PORT ?? 4500) + 5;

runEngine('Firefox', port, (site) => launchFirefox({ proxy: site.proxy }));
