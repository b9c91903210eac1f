// Firefox (Gecko) through WebDriver BiDi, which Firefox speaks itself: Puppeteer (puppeteer-core, no browser download)
// starts Debian's firefox-esr headless. Debian has no geckodriver, and this needs none.
import puppeteer, { type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import type { Driver } from './driver.ts';
import { findEngines } from '../../scripts/find-engines.mjs';

type Launch = { proxy: string };

export async function launchFirefox({ proxy }: Launch): Promise<Driver> {
  const { firefox } = findEngines();
  if (!firefox) throw new Error('Firefox is missing: run "node scripts/find-engines.mjs".');
  const [proxyHost, proxyPort] = proxy.split(':');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    // The exit journey's neutral site is answered by the test's own proxy, with a certificate made for the run.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': proxyHost,
      'network.proxy.http_port': Number(proxyPort),
      'network.proxy.ssl': proxyHost,
      'network.proxy.ssl_port': Number(proxyPort),
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
  const page: Page = await browser.newPage();
  const find = async (target: string): Promise<ElementHandle> => {
    const handle = await page.$(target.startsWith('xpath:') ? `::-p-xpath(${target.slice(6)})` : target);
    if (!handle) throw new Error(`no ${target} on ${page.url()}`);
    return handle;
  };

  return {
    engine: 'Firefox',
    // Firefox's own settings service, asked by the browser whatever the page (pointing services.settings.server
    // elsewhere does not stop it in ESR 153); the proxy refuses it like anything else.
    ownRequests: ['https://firefox.settings.services.mozilla.com:443'],
    version: await browser.version(),
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async url() {
      return page.url();
    },
    async run(source, args) {
      // Sent as text, as to WebKit, so the same function source runs in both engines. The page's policy allows no
      // eval; what the driver evaluates is not the page's own script, so it may run.
      return page.evaluate(`(${source}).apply(null, ${JSON.stringify(args)})`);
    },
    async click(target) {
      await (await find(target)).click();
    },
    async type(target, text) {
      const handle = await find(target);
      await handle.click();
      await page.keyboard.type(text);
    },
    async press(...steps) {
      for (const step of steps) {
        const held = step.split('+') as KeyInput[];
        for (const key of held) await page.keyboard.down(key);
        for (const key of held.reverse()) await page.keyboard.up(key);
      }
    },
    async back() {
      await page.goBack();
    },
    async viewport(width, height) {
      await page.setViewport({ width, height });
    },
    async close() {
      await browser.close();
    },
  };
}
