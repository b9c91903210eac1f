// Playwright's test, with the build under test as a fixture: `site` is the root build unless the project says
// otherwise (the /guide/ project of playwright.config.ts). Tests tagged @guide run in both builds.
import { test as base } from '@playwright/test';
import { rootSite, type Site } from './site.ts';

export type SiteOptions = { site: Site };

export const test = base.extend<SiteOptions>({ site: [rootSite, { option: true }] });
export { expect } from '@playwright/test';
export type { Page, BrowserContext, Locator, APIRequestContext } from '@playwright/test';
