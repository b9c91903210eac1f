// Phone first: the header is one row on phones with a Menu that works without JavaScript, every page's heading is on
// the first screen, the first action comes straight after it, and what a screen reader hears (names, no separators).
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { sitemapPaths } from '../support/site.ts';
import { colourSchemes } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { routePages } from '../../src/data/routes.ts';
import { firstAction } from '../../src/lib/first-action.ts';
import { messages, timeoutMs } from '../../src/lib/exit-keys.ts';
import { menuLinks, type NavPage } from '../../src/lib/navigation.ts';
import { telFromDisplay } from '../../src/lib/phone.ts';
import { guidePath } from '../../src/lib/urls.ts';

type Frontmatter = NavPage & { firstAction?: { contact: string; kind: 'phone' | 'email' | 'web'; who?: string } };
/** Every guide page's frontmatter, read from the words' own files, with its site path. */
const guidePages: Frontmatter[] = readdirSync('src/content/guide')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const front = parse(readFileSync(`src/content/guide/${file}`, 'utf8').split(/^---$/m)[1] ?? '') as Omit<
      Frontmatter,
      'path'
    >;
    return { ...front, path: guidePath(file.replace(/\.mdx$/, '')) };
  });
/** The main menu as the site builds it (src/loaders/navigation.ts), from the same frontmatter. */
const primaryNavigation = menuLinks([...guidePages, ...routePages], 'navOrder');

const phones = [320, 390] as const;
const desktop = 1280;
/** The goal: the top of the h1 within 200 px of the top at 390 × 844, at the default font size. */
const h1TopLimit = 200;

async function boxes(page: Page, selectors: string[]) {
  return Promise.all(
    selectors.map(async (selector) => {
      const box = await page.locator(selector).first().boundingBox();
      if (!box) throw new Error(`${selector} is not shown`);
      return box;
    }),
  );
}

for (const width of phones) {
  for (const colorScheme of colourSchemes) {
    test(`phone header at ${width}px (${colorScheme}): one row, exit link first, Search and Menu links, no navigation above the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme });
      await page.goto('stage-1/');
      const header = page.getByRole('banner');
      const [exit, name, search, menu] = await boxes(page, [
        '.yv-exit',
        '.yv-header__link',
        '.yv-header__tool >> text=Search',
        '.yv-header__tool >> text=Menu',
      ]);
      // One row: every item's vertical middle inside the exit link's height, left to right in this order.
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const item of [name!, search!, menu!])
        expect(Math.abs(middle(item) - middle(exit!))).toBeLessThan(exit!.height / 2 + 8);
      expect(exit!.x).toBeLessThan(name!.x);
      expect(name!.x).toBeLessThan(search!.x);
      expect(search!.x).toBeLessThan(menu!.x);
      expect(menu!.x + menu!.width).toBeLessThanOrEqual(width);
      // The exit link is the first thing in the header, for keyboards too.
      expect(await header.locator('a').first().getAttribute('data-yv-exit')).not.toBeNull();
      await expect(header.getByRole('search')).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expect(page.locator('.yv-exit-bar__help')).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const headerBox = await header.boundingBox();
      expect(headerBox!.height, 'the header is one row').toBeLessThan(100);
    });
  }
}

test('on a phone the exit link stays on screen while the page scrolls, and a focused link is not hidden under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('how-to-complain/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect(page.locator('.yv-exit')).toBeInViewport();
  // Jump to a section from "On this page": its heading shows below the header, not behind it.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last().click();
  const headerBottom = (await page.getByRole('banner').boundingBox())!;
  const target = await page.locator(':target').boundingBox();
  expect(target!.y).toBeGreaterThanOrEqual(headerBottom.y + headerBottom.height);
});

for (const colorScheme of colourSchemes) {
  test(`desktop header at ${desktop}px (${colorScheme}) keeps the exit bar, the search box and the open navigation`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: desktop, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.goto('');
    await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
    await expect(page.locator('.yv-exit-bar__help')).toBeVisible();
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main).toBeVisible();
    for (const item of primaryNavigation)
      await expect(main.getByRole('link', { name: item.label, exact: true })).toBeVisible();
    await expect(page.locator('.yv-header__tool')).toHaveCount(2);
    for (const tool of await page.locator('.yv-header__tool').all()) await expect(tool).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  });
}

for (const javaScript of ['on', 'off'] as const) {
  test(`Menu on a phone goes to the full navigation in the footer (JavaScript ${javaScript})`, async ({
    page,
    context,
  }) => {
    if (javaScript === 'off') await blockPageScripts(context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('support/');
    const menuLink = page.getByRole('banner').getByRole('link', { name: 'Menu' });
    await expect(menuLink).toHaveAttribute('href', '#footer-nav');
    await menuLink.click();
    await expect(page).toHaveURL(/#footer-nav$/);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu).toBeInViewport();
    for (const item of primaryNavigation)
      await expect(menu.getByRole('link', { name: item.label, exact: true })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Get support' })).toHaveAttribute('aria-current', 'page');
    // The next Tab goes on from the menu, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#footer-nav')))).toBe(true);
  });
}

test(`every page's h1 starts within ${h1TopLimit}px of the top on a 390 × 844 phone`, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const late: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
    if (top > h1TopLimit) late.push(`/${path}: h1 at ${Math.round(top)}px`);
  }
  expect(late, late.join('\n')).toEqual([]);
});

type Contact = {
  id: string;
  name: string;
  phone?: { display: string; tel: string };
  email?: string;
  web?: string;
  webDisplay?: string;
};
/** Contacts as the site reads them: phone links worked out from the written number, as the schema does. */
const contacts = (parse(readFileSync('src/data/contacts.yaml', 'utf8')) as Contact[]).map((contact) => ({
  ...contact,
  phone: contact.phone && { ...contact.phone, tel: telFromDisplay(contact.phone.display) },
}));
/** Pages whose frontmatter names a first action, and that action. */
const pagesWithFirstAction = guidePages.flatMap((page) =>
  page.firstAction ? [{ path: page.path.slice(1), action: page.firstAction }] : [],
);

test('some pages name a first action (the list below is not empty by accident)', () => {
  expect(pagesWithFirstAction.length).toBeGreaterThanOrEqual(5);
});

for (const { path, action } of pagesWithFirstAction) {
  test(`/${path}: the first action comes straight after the h1 and is on the first screen of a phone`, async ({
    page,
  }) => {
    const contact = contacts.find((c) => c.id === action.contact)!;
    const expected = firstAction(contact, action.kind, action.who);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const box = page.locator('[data-yv-first-action]');
    await expect(box).toHaveCount(1);
    await expect(box).toContainText(`${expected.before} ${expected.link.text}`);
    await expect(box.getByRole('link', { name: expected.link.text })).toHaveAttribute('href', expected.link.href);
    // The next thing a reader meets after the h1 (hidden elements do not count).
    const next = await page.locator('h1').evaluate((h1) => {
      let el = h1.nextElementSibling;
      while (el && (el as HTMLElement).hidden) el = el.nextElementSibling;
      return el?.hasAttribute('data-yv-first-action') ?? false;
    });
    expect(next, 'the first action follows the h1').toBe(true);
    const link = await box.getByRole('link').boundingBox();
    expect(link!.y + link!.height).toBeLessThanOrEqual(844);
  });
}

test('long pages have "On this page" linking to each section; short pages do not', async ({ page }) => {
  await page.goto('how-to-complain/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const sections = await page
    .locator('main h2[id]')
    .evaluateAll((hs) => hs.filter((h) => !h.closest('nav')).map((h) => h.id));
  const links = await contents.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThanOrEqual(5);
  for (const href of links) expect(sections).toContain(href!.slice(1));
  await page.goto('say-thank-you/');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});

test('a contact known by name only renders no empty list', async ({ page }) => {
  await page.goto('contacts/');
  const card = page.locator('[data-contact="action-for-children"]');
  await expect(card).toBeVisible();
  await expect(card.locator('ul')).toHaveCount(0);
  expect(
    await page.locator('main ul').evaluateAll((lists) => lists.filter((l) => l.children.length === 0).length),
  ).toBe(0);
});

test.describe('what a screen reader hears', () => {
  for (const width of [390, desktop]) {
    test(`header names at ${width}px: "Emergency" hidden then "Exit this page", Search, Menu`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('stage-1/');
      const exit = page.getByRole('banner').getByRole('link').first();
      await expect(exit).toHaveAccessibleName('Emergency Exit this page');
      expect(await exit.locator('.yv-visually-hidden').textContent()).toBe('Emergency');
      await expect(exit).toHaveText(/Emergency\s+Exit this page/);
      if (width < 640) {
        await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
          - banner:
            - link "Emergency Exit this page"
            - paragraph:
              - link "Your voice in care"
            - link "Search"
            - link "Menu"
        `);
      } else {
        await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
          - banner:
            - link "Emergency Exit this page"
            - link "How to leave quickly"
            - paragraph:
              - link "Your voice in care"
              - text: A guide for children in care and care leavers in Barnet
            - search:
              - text: Search this guide
              - searchbox "Search this guide"
              - button "Search"
        `);
      }
    });
  }

  test('breadcrumb separators are not read out', async ({ page }) => {
    await page.goto('stage-2/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await crumbs.ariaSnapshot()).toBe(
      [
        '- navigation "Breadcrumb":',
        '  - list:',
        '    - listitem:',
        '      - link "Home":',
        '        - /url: /',
        '    - listitem:',
        '      - link "Make a complaint":',
        '        - /url: /how-to-complain/',
      ]
        .join('\n')
        .replace(/\/url: \//g, `/url: ${new URL(page.url()).pathname.replace(/stage-2\/$/, '')}`),
    );
  });
});

test.describe('Exit this page by pressing Shift 3 times (GOV.UK rules)', () => {
  const status = (page: Page) => page.locator('[data-yv-exit-status]');

  test.beforeEach(async ({ page, context }) => {
    await context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
    );
    await page.clock.install();
    await page.goto('');
  });

  test('Shift+Tab between presses resets the count, so 3 more presses are needed', async ({ page }) => {
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.twoMore);
    await page.keyboard.press('Shift+Tab');
    await expect(status(page)).toHaveText(messages.expired);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.oneMore);
    expect(page.url()).not.toContain('bbc');
    await page.keyboard.press('Shift');
    await page.waitForURL('https://www.bbc.co.uk/weather');
  });

  test('another key between presses resets the count', async ({ page }) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await expect(status(page)).toHaveText(messages.expired);
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.twoMore);
  });

  test('the count times out, says so, and the message then clears', async ({ page }) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.oneMore);
    await page.clock.runFor(timeoutMs + 10);
    await expect(status(page)).toHaveText(messages.expired);
    await page.clock.runFor(timeoutMs + 10);
    await expect(status(page)).toHaveText('');
    // After the time-out the count starts again from the beginning.
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(messages.twoMore);
  });

  test('presses further apart than the time-out never add up to an exit', async ({ page }) => {
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Shift');
      await expect(status(page)).toHaveText(messages.twoMore);
      await page.clock.runFor(timeoutMs + 10);
    }
    expect(page.url()).not.toContain('bbc');
  });
});
