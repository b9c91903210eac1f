// The Easy Read pages and the Easy Read leaflet: held to the Easy Read limits (a picture in every row, no sentence
// over 15 words, grade 3 or below, each page's grade and longest sentence reported), every contact and timescale
// rendered from src/data, big text on screen and on paper, the picture beside its words at 320px, axe in light and
// dark at 320px and desktop with JavaScript on and off, linked both ways, found by search, and pictures loaded only
// on Easy Read pages.
import { test, expect, type Page } from '../support/test.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkEasyRead } from '../../scripts/checks/easy-read.ts';
import { readPdf } from '../../scripts/leaflet-pdfs.mjs';
import { easyReadLimits, easyReadPath } from '../../src/lib/easy-read.ts';
import { guidePath } from '../../src/lib/urls.ts';
import { formatAmount, withinPhrase } from '../../src/lib/timescales.ts';
import { reviewPanel, timescales, type TimescaleKey } from '../../src/data/complaint-stages.ts';
import { meetings, type MeetingKey } from '../../src/data/meetings.ts';
import { readEntries } from '../../src/loaders/data-files.ts';
import { leaflets } from '../../src/data/leaflets.ts';
import { axeViolationsEverywhere } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { rootSite } from '../support/site.ts';
import { pathWithoutBase } from '../../src/lib/search.ts';

const folder = 'src/content/easy-read';
/** Each Easy Read page's frontmatter and its address relative to the base ('easy-read/how-to-complain/'). */
const pages = readdirSync(folder)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const id = file.replace(/\.mdx$/, '');
    const frontmatter = readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1]!;
    const data = parse(frontmatter) as { title: string; standard: string[] };
    return { id, ...data, path: easyReadPath(id).slice(1) };
  });
const leaflet = leaflets.find((l) => l.readMorePath.startsWith('/easy-read/'))!;
const leafletPath = leaflet.path.slice(1);
/** Every Easy Read page and the Easy Read leaflet, which shows the complaint page's rows. */
const allPaths = [...pages.map((p) => p.path), leafletPath];

const builtHtml = (path: string) => readFileSync(join(rootSite.distDir, path, 'index.html'), 'utf8');
const contacts = readEntries('contacts');

test('there are the six Easy Read pages the issue asks for, and the Easy Read leaflet', () => {
  expect(pages.map((p) => p.path).sort()).toEqual(
    [
      'easy-read/',
      'easy-read/contacts/',
      'easy-read/get-an-advocate/',
      'easy-read/have-your-say/',
      'easy-read/how-to-complain/',
      'easy-read/support/',
    ].sort(),
  );
  expect(leaflet.readMorePath).toBe('/easy-read/how-to-complain/');
});

for (const path of allPaths) {
  test(`/${path} keeps the Easy Read limits (grade and longest sentence reported)`, () => {
    const report = checkEasyRead(builtHtml(path));
    const line = `grade ${report.grade.toFixed(1)}, ${report.sentences} sentences, ${report.rows} rows, longest sentence ${report.longest?.words} words: "${report.longest?.text}"`;
    test.info().annotations.push({ type: 'reading', description: `/${path}: ${line}` });
    expect(report.problems, report.problems.join('\n')).toEqual([]);
    expect(report.grade).toBeLessThanOrEqual(easyReadLimits.grade);
    expect(report.longest!.words).toBeLessThanOrEqual(easyReadLimits.sentenceWords);
    expect(report.rows).toBeGreaterThan(5);
  });

  test(`/${path}: every phone number, email, timescale, meeting time and count of people comes from src/data`, async ({
    page,
  }) => {
    await page.goto(path);
    const found = await page.locator('[data-easy-read]').evaluate((article) => {
      const fromData =
        'a[href^="tel:"], a[href^="mailto:"], [data-timescale], [data-meeting], [data-contact], [data-review-panel]';
      const typed: string[] = [];
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(fromData)) continue;
        const text = node.textContent ?? '';
        // A phone number, an email, an amount of time a reader must act within, or a count of people.
        for (const m of text.matchAll(
          /\b0\d{3} ?\d{3} ?\d{3,4}\b|\S+@\S+\.\w+|\b\d+ (working days?|days?|weeks?|months?|years?|people|other person)\b/g,
        ))
          typed.push(m[0]);
      }
      const links = [...article.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]')].map((a) => ({
        href: a.getAttribute('href')!,
        text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }));
      const times = [...article.querySelectorAll<HTMLElement>('[data-timescale], [data-meeting]')].map((el) => ({
        timescale: el.dataset['timescale'],
        meeting: el.dataset['meeting'],
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }));
      const panel = [...article.querySelectorAll<HTMLElement>('[data-review-panel]')].map((el) => ({
        of: el.dataset['reviewPanel'] as 'members' | 'otherPeople',
        text: (el.textContent ?? '').trim(),
      }));
      return { typed, links, times, panel };
    });
    expect(found.typed, 'typed into the page instead of coming from src/data').toEqual([]);
    for (const link of found.links) {
      const contact = contacts.find(
        (c) => (c.phone && link.href === `tel:${c.phone.tel}`) || (c.email && link.href === `mailto:${c.email}`),
      );
      expect(contact, `${link.href} is not in src/data/contacts.yaml`).toBeDefined();
      if (link.href.startsWith('tel:')) expect(link.text).toContain(contact!.phone!.display);
    }
    for (const time of found.times) {
      if (time.timescale) {
        const t = timescales[time.timescale as TimescaleKey];
        expect(t, `no timescale ${time.timescale}`).toBeDefined();
        expect([formatAmount(t), withinPhrase(t)]).toContain(time.text);
      } else expect(time.text).toBe(meetings[time.meeting as MeetingKey].text);
    }
    for (const count of found.panel) expect(count.text, `Review Panel ${count.of}`).toBe(String(reviewPanel[count.of]));
  });
}

test('the complaint page has every timescale of the 4 stages and the Complaints Officer’s ways in, from the data', async ({
  page,
}) => {
  await page.goto('easy-read/how-to-complain/');
  const keys = await page
    .locator('[data-easy-read] [data-timescale]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['timescale']));
  for (const key of Object.keys(timescales)) expect(keys, `timescale ${key}`).toContain(key);
  const officer = contacts.find((c) => c.id === 'complaints-officer')!;
  const article = page.locator('[data-easy-read]');
  await expect(article.locator(`a[href="tel:${officer.phone!.tel}"]`).first()).toBeVisible();
  await expect(article.locator(`a[href="mailto:${officer.email}"]`)).toBeVisible();
  for (const line of officer.post!) await expect(article.locator('address').first()).toContainText(line);
  for (const of of ['members', 'otherPeople'] as const)
    await expect(article.locator(`[data-review-panel="${of}"]`)).toHaveText(String(reviewPanel[of]));
});

/** Line height 1.5: the browser rounds a computed line height to its layout units, which can give 1.4999. */
const leastLineHeight = 1.5 - 0.01;

// The words' size, line height and the picture beside them, as a reader sees them.
async function layout(page: Page) {
  return page.locator('[data-easy-read]').evaluate((article) => {
    const px = (value: string) => parseFloat(value);
    // On paper, rows marked data-print-hide (the leaflet's "how to print" row) are not printed.
    const printing = matchMedia('print').matches;
    const shownRows = [...article.querySelectorAll('.yv-er-row')].filter(
      (row) => !(printing && row.closest('[data-print-hide]')),
    );
    const rows = shownRows.map((row) => {
      const picture = row.querySelector('.yv-er-row__picture')!.getBoundingClientRect();
      const words = row.querySelector('.yv-er-row__words')!;
      const text = words.querySelector('p') ?? words;
      const style = getComputedStyle(text);
      const box = words.getBoundingClientRect();
      return {
        fontSize: px(style.fontSize),
        lineHeight: px(style.lineHeight) / px(style.fontSize),
        pictureWidth: picture.width,
        beside: picture.right <= box.left && picture.top < box.top + px(style.lineHeight) * 2,
      };
    });
    const styled = [...article.querySelectorAll('*')].map((el) => getComputedStyle(el));
    const phone = article.querySelector('.yv-er-contact__way--phone');
    return {
      rows,
      italic: styled.filter((s) => s.fontStyle === 'italic').length,
      capitals: styled.filter((s) => s.textTransform === 'uppercase').length,
      phoneSize: phone ? px(getComputedStyle(phone).fontSize) : 0,
      bodySize: px(getComputedStyle(article).fontSize),
      filter: getComputedStyle(article.querySelector('.yv-er-picture')!).filter,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

for (const width of [320, 1280]) {
  test(`at ${width}px every row has its picture beside its words, text at least 18px with line height 1.5`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of allPaths) {
      await page.goto(path);
      const shown = await layout(page);
      expect(shown.overflow, `/${path} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(shown.italic, `/${path} has italics`).toBe(0);
      expect(shown.capitals, `/${path} turns words into capitals`).toBe(0);
      for (const [n, row] of shown.rows.entries()) {
        expect(row.fontSize, `/${path} row ${n + 1} text size`).toBeGreaterThanOrEqual(18);
        expect(row.lineHeight, `/${path} row ${n + 1} line height`).toBeGreaterThanOrEqual(leastLineHeight);
        expect(row.pictureWidth, `/${path} row ${n + 1} picture`).toBeGreaterThanOrEqual(64);
        expect(row.beside, `/${path} row ${n + 1}: picture beside the words`).toBe(true);
      }
      if (shown.phoneSize) expect(shown.phoneSize).toBeGreaterThan(shown.bodySize);
    }
  });
}

test('in the dark colour scheme the pictures turn light; in the light one they stay as drawn', async ({ page }) => {
  await page.goto('easy-read/how-to-complain/');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await layout(page)).filter).toContain('invert(1)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect((await layout(page)).filter).toBe('none');
});

for (const javaScriptEnabled of [true, false]) {
  for (const path of allPaths) {
    test(
      `axe (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): /${path}, light and dark, 320px and desktop`,
      { tag: '@guide' },
      async ({ page, context }) => {
        if (!javaScriptEnabled) await blockPageScripts(context);
        await page.goto(path);
        await expect(page.locator('.yv-er-row').first()).toBeVisible();
        const found = await axeViolationsEverywhere(page);
        expect(found, found.join('\n')).toEqual([]);
      },
    );
  }
}

test('with JavaScript off the pages show every row and phone numbers still call', async ({ page, context }) => {
  await blockPageScripts(context);
  for (const path of allPaths) {
    await page.goto(path);
    const rows = page.locator('[data-easy-read] .yv-er-row');
    expect(await rows.count()).toBe(checkEasyRead(builtHtml(path)).rows);
    await expect(rows.last()).toBeVisible();
  }
  await page.goto('easy-read/contacts/');
  await expect(page.locator('[data-easy-read] a[href^="tel:"]').first()).toBeVisible();
});

test('on paper: text at least 14pt with line height 1.5, pictures 2.5 cm, and the leaflet within its pages', async ({
  page,
  site,
}) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of allPaths) {
    await page.goto(path);
    const printed = await layout(page);
    for (const [n, row] of printed.rows.entries()) {
      expect(row.fontSize, `/${path} row ${n + 1} printed size`).toBeGreaterThanOrEqual((14 * 96) / 72 - 0.01);
      expect(row.lineHeight, `/${path} row ${n + 1} printed line height`).toBeGreaterThanOrEqual(leastLineHeight);
      expect(row.pictureWidth, `/${path} row ${n + 1} printed picture`).toBeGreaterThanOrEqual((2.5 / 2.54) * 96 - 1);
      expect(row.beside).toBe(true);
    }
  }
  await page.goto(leafletPath);
  await expect(page.locator('.yv-print-footer__url')).toContainText(`${site.base}easy-read/how-to-complain/`);
  const pdf = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pdf.pages, 'the Easy Read leaflet prints on at most its pages').toBeLessThanOrEqual(leaflet.pages);
  expect(leaflet.pages).toBeLessThanOrEqual(4);
});

test(
  'linked both ways: each standard page links to its Easy Read page, and back',
  { tag: '@guide' },
  async ({ page, site: { base } }) => {
    for (const easyRead of pages) {
      await page.goto(easyRead.path);
      const back = page.getByRole('link', { name: 'Standard version' });
      expect(pathWithoutBase(base, await back.evaluate((a) => (a as HTMLAnchorElement).pathname))).toBe(
        guidePath(easyRead.standard[0]!),
      );
      for (const standard of easyRead.standard) {
        await page.goto(guidePath(standard).slice(1));
        const link = page.getByRole('link', { name: 'Easy Read version' });
        await expect(link, `/${standard} links to its Easy Read page`).toBeVisible();
        expect(pathWithoutBase(base, await link.evaluate((a) => (a as HTMLAnchorElement).pathname))).toBe(
          `/${easyRead.path}`,
        );
      }
    }
    for (const path of ['', 'words-explained/']) {
      await page.goto(path);
      await expect(page.locator(`main a[href="${base}easy-read/"]`).first()).toBeVisible();
    }
    await page.goto('leaflets/');
    await expect(page.locator(`main a[href="${base}${leafletPath}"]`).first()).toBeVisible();
    await page.goto('about/');
    await expect(page.locator('main')).toContainText('Phosphor Icons');
  },
);

async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.yv-search__status')).toHaveText(/^\d+ results? for /, { timeout: 15_000 });
  return page.locator('.yv-search__results .yv-search__link');
}

test(
  'search finds the Easy Read start page for "easy read", "easy words" and "pictures", and marks Easy Read results',
  { tag: '@guide' },
  async ({ page, site: { base } }) => {
    for (const query of ['easy read', 'easy words', 'pictures']) {
      const first = (await searchFor(page, query)).first();
      expect(pathWithoutBase(base, await first.evaluate((a) => (a as HTMLAnchorElement).pathname)), query).toBe(
        '/easy-read/',
      );
      await expect(first).toHaveText('What this guide is for (Easy Read)');
    }
    const results = await searchFor(page, 'complaint');
    const names = await results.allTextContents();
    expect(names.some((name) => name === 'How to complain (Easy Read)')).toBe(true);
  },
);

test('pictures load only on Easy Read pages, from this site, as hashed files', async ({ page, site: { base } }) => {
  const pictures: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') pictures.push(request.url());
  });
  await page.goto('how-to-complain/');
  await page.waitForLoadState('load');
  expect(pictures, 'a standard page loads no pictures').toEqual([]);
  await page.goto('easy-read/how-to-complain/');
  await page.waitForLoadState('load');
  expect(pictures.length).toBeGreaterThan(5);
  for (const url of pictures)
    expect(url).toMatch(new RegExp(`^${new URL(page.url()).origin}${base}_astro/.+\\.[\\w-]{8}\\.svg$`));
});
