// "When it cannot wait" (issue 21): from the stage tool's first page, one choice reaches what to do today, with and
// without JavaScript, and on a phone's first screen the number to call is there; the urgent letter is written and
// emailed with "Urgent" in its subject; search finds the way in for the words people type.
import { test, expect, type Page } from '../support/test.ts';
import { readFileSync } from 'node:fs';
import { readEntries, readLetterWording, readStageTree } from '../../src/loaders/data-files.ts';
import { isOutcome } from '../../src/lib/stage-finder/index.ts';
import { pathWithoutBase } from '../../src/lib/search.ts';
import { rootSite } from '../support/site.ts';
import { blockPageScripts } from '../support/no-script.ts';

const tree = readStageTree();
const outcome = Object.values(tree.nodes)
  .filter(isOutcome)
  .find((o) => o.stage === 'urgent')!;
const wording = readLetterWording();
const phoneOf = (id: string) => readEntries('contacts').find((c) => c.id === id)!.phone!;
const officerTel = `tel:${phoneOf('complaints-officer').tel}`;
const phone = { width: 390, height: 844 };
const { base } = rootSite; // these tests run in the root build only

/** The bottom of an element, in page pixels from the top: on the first screen when at most the viewport's height. */
const bottomOf = async (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

async function expectUrgentFirstScreen(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcome.title);
  const call = `main a[href="${officerTel}"]`;
  expect(await bottomOf(page, call)).toBeLessThanOrEqual(phone.height);
  const letter = page.getByRole('link', { name: wording.letters.urgent.linkText });
  await expect(letter).toHaveAttribute('href', `${base}write/urgent/`);
  expect(await bottomOf(page, `main a[href="${base}write/urgent/"]`)).toBeLessThanOrEqual(phone.height);
  // The safety line stays.
  await expect(page.locator('main a[href="tel:999"]')).toHaveCount(1);
}

test('with JavaScript: one choice on the start page shows what to do today, in place', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('which-stage/');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('link', { name: /about to happen to me/ }).click();
  await expect(page).toHaveURL(new RegExp(`which-stage/${outcome.id}/\\?answers=`));
  await expectUrgentFirstScreen(page);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which stage am I at?');
});

test('without JavaScript: the same choice is a link to the urgent page', async ({ page, context }) => {
  await blockPageScripts(context);
  await page.setViewportSize(phone);
  await page.goto('which-stage/');
  await page.getByRole('link', { name: /about to happen to me/ }).click();
  await expect(page).toHaveURL(new RegExp(`which-stage/${outcome.id}/$`));
  await expectUrgentFirstScreen(page);
});

test('the first question offers the urgent way in too', async ({ page }) => {
  await page.goto(`which-stage/${tree.startNodeId}/`);
  await expect(page.getByRole('link', { name: /about to happen to me/ })).toHaveAttribute(
    'href',
    `${base}which-stage/${outcome.id}/`,
  );
});

test('the urgent letter page says to call today, with the number, before any question (with and without JS)', async ({
  browser,
}) => {
  for (const js of [true, false]) {
    const context = await browser.newContext({ viewport: phone });
    if (!js) await blockPageScripts(context);
    const page = await context.newPage();
    await page.goto('write/urgent/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wording.letters.urgent.title);
    expect(await bottomOf(page, `main a[href="${officerTel}"]`)).toBeLessThanOrEqual(phone.height);
    if (js) await expect(page.getByRole('heading', { name: 'What is going to happen?' })).toBeVisible();
    else await expect(page.locator('.yv-lh-plan > li').first()).toContainText('What is going to happen?');
    await context.close();
  }
});

test('the urgent letter: urgent questions first, "This is urgent" in it, Urgent in the email subject', async ({
  page,
}) => {
  await page.goto('write/urgent/');
  const what = 'I am being moved to a new placement.';
  const when = 'Friday 15 January';
  await page.getByLabel('What is going to happen?').fill(what);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('When is it going to happen?').fill(when);
  await page.getByRole('button', { name: 'Continue' }).click();
  // The rest is the Stage 1 complaint; answer only what happened.
  for (let i = 0; i < 20 && !(await page.getByRole('heading', { name: 'Check your answers' }).isVisible()); i += 1) {
    const happened = page.getByLabel('What happened?');
    if (await happened.isVisible()) await happened.fill('Nobody asked me what I thought.');
    await page.locator('form[data-yv-step]:visible').getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'Write my letter' }).click();
  const text = await page.getByLabel('You can change the words of your letter here').inputValue();
  expect(text).toContain(wording.letterParts.urgent.replace('{urgentDate}', when));
  expect(text).toContain(what);
  const href = (await page.locator('[data-yv-email]').getAttribute('href'))!;
  expect(href).toMatch(/^mailto:FScomplaints@barnet\.gov\.uk\?/);
  expect(new URLSearchParams(href.split('?')[1]).get('subject')).toBe(wording.letters.urgent.subject);
  expect(wording.letters.urgent.subject).toMatch(/^Urgent/);
  // Call as well as send.
  await expect(page.locator('[data-yv-urgent]')).toBeVisible();
  await expect(page.locator(`[data-yv-urgent] a[href="${officerTel}"]`)).toBeVisible();
});

const urgentQueries = (
  JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { queries: { query: string; expect: string[] }[] }
).queries.filter((q) => q.expect.includes(`/which-stage/${outcome.id}/`));

test('search finds the urgent way in for every word the query set lists for it, in the top three', async ({ page }) => {
  test.setTimeout(120_000);
  expect(urgentQueries.map((q) => q.query)).toEqual(
    expect.arrayContaining(['moving me', 'being moved', 'urgent', 'emergency', 'kicked out']),
  );
  for (const { query } of urgentQueries) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.yv-search__status')).toHaveText(/^\d+ results? for /, { timeout: 15_000 });
    const hrefs = await page
      .locator('.yv-search__results .yv-search__link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(
      hrefs.slice(0, 3).map((href) => pathWithoutBase(base, href)),
      query,
    ).toContain(`/which-stage/${outcome.id}/`);
  }
});
