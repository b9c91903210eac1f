// Runs every journey and every page in one engine, one after another in one tab, with node's test runner. After each,
// the pages it opened must have reported no JavaScript error (site.ts's watch script), and the failure of a journey
// also lists what the pages reported, as that is often the cause.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Tab, type Driver } from './driver.ts';
import { startSite, type Site } from './site.ts';
import { journeys, pageJourney, pagePaths, phone, type Journey } from './journeys.ts';

type Launch = (site: Site) => Promise<Driver>;

export function runEngine(engine: string, port: number, launch: Launch): void {
  describe(engine, () => {
    let site: Site;
    let tab: Tab;
    before(async () => {
      site = await startSite({ port });
      const driver = await launch(site);
      tab = new Tab(driver, site.base);
      await driver.viewport(phone.width, phone.height);
      console.log(
        `# ${engine}: ${driver.version}, ${journeys.length} journeys and ${pagePaths.length} pages at ${phone.width} × ${phone.height}`,
      );
    });
    after(async () => {
      await tab?.driver.close();
      await site?.close();
    });

    const run = (journey: Journey) =>
      test(journey.name, async () => {
        site.clock = null;
        site.scripts = true;
        site.takeErrors();
        site.takeOutside();
        try {
          await journey.run(tab, site);
        } catch (error) {
          const reported = await settledErrors(site);
          if (reported.length) (error as Error).message += `\nThe pages reported:\n${reported.join('\n')}`;
          throw error;
        }
        const reported = await settledErrors(site);
        assert.deepEqual(reported, [], `JavaScript errors:\n${reported.join('\n')}`);
        const outside = site.takeOutside().filter((asked) => !tab.driver.ownRequests.includes(asked));
        assert.deepEqual(outside, [], 'no request left the site');
      });

    for (const journey of journeys) run(journey);
    for (const path of pagePaths) run(pageJourney(path));
  });
}

/** The errors the pages reported, once the last page has had a moment to send its reports. */
async function settledErrors(site: Site): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return site.takeErrors();
}
