// The journeys a young person makes, written once and run in every engine (WebKit and Firefox, see run-engine.ts),
// at a phone's width. Every date comes from a fixed clock and from the data (src/data through src/lib), as in the
// Chromium tests: a change of timescale or wording in the data never breaks a journey, but a page that gets a date
// wrong does. Where an engine really behaves differently the journey's name says so and it checks what that engine
// does instead; none is skipped in one engine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { xpathText, type Tab } from './driver.ts';
import { enginesDist, type Site } from './site.ts';
import { bankHolidayData, coveredHolidays } from '../../src/loaders/bank-holidays.ts';
import { readEntries, readLetterWording, readStageTree } from '../../src/loaders/data-files.ts';
import { dueDates, type Outcome } from '../../src/lib/stage-finder/index.ts';
import { formatDate, formatLongDate } from '../../src/lib/dates.ts';
import { utcDate } from '../../src/lib/working-days.ts';
import { buildLetter } from '../../src/lib/letters/build.ts';
import { letterContext } from '../../src/lib/letters/context.ts';
import { emailLink } from '../../src/lib/letters/mailto.ts';
import { letterQuestions, questionKinds } from '../../src/lib/letters/questions.ts';
import type { Answers, QuestionId } from '../../src/lib/letters/types.ts';
import { axeTags, disabledRules } from '../support/axe.ts';
import { sitemapPaths } from '../support/site.ts';

/** A text as a regular expression that matches only it. */
const exactly = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export type Journey = { name: string; run: (tab: Tab, site: Site) => Promise<void> };

export const phone = { width: 390, height: 844 };

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** Noon on a day: the fixed clock of a journey. */
const noon = (date: Date) => date.getTime() + 12 * 3_600_000;
const typed = (date: Date): [string, string, string] => [
  String(date.getUTCDate()),
  String(date.getUTCMonth() + 1),
  String(date.getUTCFullYear()),
];

// The stage tool: a complaint sent by email on 18 December, in a year the tool covers with a year after it, so that
// the dates cross Christmas, Boxing Day and New Year's Day.
const holidays = coveredHolidays();
const event = utcDate(bankHolidayData.firstYear + 1, 12, 18);
const sent = readStageTree().nodes['complaint-sent'] as Outcome;
const sentDues = dueDates(sent, event, holidays, bankHolidayData.lastYear) as Date[];
const dueTexts = (today: Date) =>
  sentDues.map((d) => `By ${formatLongDate(d)}${d.getTime() < today.getTime() ? ' (this date has passed)' : ''}.`);
const answersToSent = [
  'Yes, I have made a complaint',
  'I sent my complaint, but I have not heard anything back',
  'By email',
];
const heading = 'main h1';
const phoneLink = 'a[href="tel:+442083597008"]';

/** From the start page, whose tool's code loads only once it is used (the first click comes before it, and is held
 * until it has loaded), each answer in turn: every step in place, with no page load. */
async function startStageTool(tab: Tab, answers: string[]) {
  await tab.go('which-stage/');
  await tab.run(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });
  await tab.click(xpathText('a', 'Start now'));
  await tab.expectText(heading, 'Have you made a complaint yet?');
  for (const answer of answers) {
    const before = await tab.text(heading);
    await tab.click(xpathText('a', answer));
    await tab.until(
      'the next step',
      () => tab.text(heading),
      (now) => now !== before,
    );
  }
  await tab.until(
    'every step in place, no page load',
    () => tab.run(() => (window as unknown as { samePage?: boolean }).samePage === true),
    (same) => same,
  );
}

/** Waits until the page's script has defined a custom element, and the page's elements of it have started. */
async function enhanced(tab: Tab, element: string): Promise<void> {
  await tab.until(
    `${element} enhanced`,
    () => tab.run((name: string) => customElements.whenDefined(name).then(() => true), element),
    (ready) => ready,
  );
}

async function typeDate(tab: Tab, [day, month, year]: [string, string, string]) {
  await tab.fill('#event-date-day', day);
  await tab.fill('#event-date-month', month);
  await tab.fill('#event-date-year', year);
  await tab.click(xpathText('button', 'Work out my dates'));
}

// The letter helper: the Stage 1 letter with every question answered, on 4 January 2027.
const wording = readLetterWording();
const letterDay = utcDate(2027, 1, 4);
const stage1Answers: Answers = Object.fromEntries(
  Object.entries({
    name: 'Sam Jones',
    worker: 'Alex Smith',
    overAYear: 'no',
    happened: 'My contact with my brother was stopped on 3 November at my review.',
    affected: 'I feel upset and I cannot sleep.',
    putRight: 'I want to see my brother every week.',
    urgent: 'yes',
    urgentDate: '20 January 2027',
    advocate: 'have',
    advocateName: 'Jo Brown',
    help: 'Large print, please.',
    contactBy: 'email',
    contactDetail: 'sam@example.org',
  }).filter(([id]) => letterQuestions['stage-1'].includes(id as QuestionId)),
);
/** The Complaints Officer's address, as contacts.yaml gives it: where the Stage 1 letter goes. */
const complaintsEmail = readEntries('contacts').find((contact) => contact.id === 'complaints-officer')!.email!;

async function currentStep(tab: Tab): Promise<string> {
  const shown = await tab.until(
    'one step of the letter helper on show',
    () =>
      tab.run(() =>
        [...document.querySelectorAll('yv-letter-helper [data-yv-step]')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => el.getAttribute('data-yv-step')),
      ),
    (steps) => steps.length === 1,
  );
  return shown[0]!;
}

async function walkLetter(tab: Tab, answers: Answers): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const step = await currentStep(tab);
    if (step === 'check') return asked;
    asked.push(step);
    const id = step as QuestionId;
    const form = `form[data-yv-step="${id}"]`;
    const value = answers[id];
    if (value !== undefined && questionKinds[id] === 'radios') await tab.click(`${form} input[value="${value}"]`);
    else if (value !== undefined) await tab.fill(`${form} [name="${id}"]`, value);
    await tab.click(`xpath://form[@data-yv-step="${id}"]//button[normalize-space(.)="Continue"]`);
    await tab.until(
      `the step after ${id}`,
      () => currentStep(tab),
      (next) => next !== step,
    );
  }
  throw new Error('the questions never ended');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's source run in the page, then axe itself: its violations as short lines. */
async function axe(tab: Tab): Promise<string[]> {
  // Sent as the body of the driver's script, which the page's policy does not govern (an eval in the page it would).
  await tab.driver.run(`() => {\n if (!window.axe) {\n${axeSource}\n}\n}`, []);
  return tab.run(
    (tags: string[], disabled: string[]) =>
      (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe
        .run(document, {
          runOnly: { type: 'tag', values: tags },
          rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        })
        .then((results) =>
          results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')}`)),
        ),
    axeTags,
    Object.keys(disabledRules),
  );
}

export const journeys: Journey[] = [
  {
    name: 'stage tool: from the start to an outcome, in place, with its date form',
    async run(tab) {
      await startStageTool(tab, answersToSent);
      await tab.expectText(heading, sent.title);
      await tab.expectFocused(heading);
      await tab.expectUrl(/which-stage\/complaint-sent\/\?answers=yes\.sent\.email$/);
      await tab.expectShown('[data-yv-date-form]');
    },
  },
  {
    name: 'stage tool: a past date shows its deadlines in working days, around bank holidays',
    async run(tab, site) {
      const today = addDays(event, 1);
      site.clock = noon(today);
      await tab.go('which-stage/complaint-sent/?answers=yes.sent.email');
      await typeDate(tab, typed(event));
      await tab.expectTexts('[data-yv-due-date]', dueTexts(today));
      await tab.expectFocused('#by-when');
      await tab.expectShown('[data-yv-now]');
      await tab.expectShown('[data-yv-now-late]', false);
      await tab.expectText('[data-yv-live]', /Dates worked out\./);
      assert.doesNotMatch(
        await tab.url(),
        new RegExp(String(event.getUTCFullYear())),
        'a typed date never goes in the URL',
      );
    },
  },
  {
    name: 'stage tool: a late reply says "This is late" first, with the number to call',
    async run(tab, site) {
      const today = addDays(sentDues.at(-1)!, 1);
      site.clock = noon(today);
      await tab.go('which-stage/complaint-sent/?answers=yes.sent.email');
      await typeDate(tab, typed(event));
      const lead = 'h1 + [data-yv-now] + [data-yv-now-late]';
      await tab.expectShown(lead);
      await tab.expectFocused(lead);
      await tab.expectText(`${lead} p`, 'This is late. Call the Complaints Officer on 020 8359 7008 now.');
      await tab.expectText(`${lead} ${phoneLink}`, '020 8359 7008');
      await tab.expectShown('[data-yv-now]', false);
      await tab.expectTexts('[data-yv-due-date]', dueTexts(today));
    },
  },
  {
    name: 'stage tool: a date in the future is refused with an error summary that takes focus',
    async run(tab, site) {
      const today = addDays(event, 1);
      site.clock = noon(today);
      await tab.go('which-stage/complaint-sent/?answers=yes.sent.email');
      await typeDate(tab, typed(addDays(today, 1)));
      const summary = '[data-yv-error-summary]';
      await tab.expectShown(summary);
      await tab.expectFocused(summary);
      await tab.expectText(summary, /There is a problem.*must be today or in the past/);
      assert.match(await tab.run(() => document.title), /^Error: /);
      await tab.expectText('#event-date-day', '');
      assert.equal(await tab.value('#event-date-year'), typed(addDays(today, 1))[2], 'what was typed stays');
      // The summary's link goes to the field; a real date then clears the error.
      await tab.click(`${summary} a`);
      await tab.expectFocused('[aria-invalid="true"]');
      await typeDate(tab, typed(event));
      await tab.expectShown(summary, false);
      await tab.expectTexts('[data-yv-due-date]', dueTexts(today));
    },
  },
  {
    name: 'stage tool: a date more than a year ago gets the time-limit note',
    async run(tab, site) {
      const today = addDays(event, 1);
      site.clock = noon(today);
      await tab.go('which-stage/complaint-sent/?answers=yes.sent.email');
      await typeDate(tab, typed(utcDate(bankHolidayData.firstYear, 12, 1)));
      await tab.expectShown('[data-yv-old-note]');
      await tab.expectText('[data-yv-old-note]', /more than a year ago/);
      await tab.expectShown('[data-yv-error-summary]', false);
    },
  },
  {
    name: "stage tool: the browser's Back, the tool's Back link and Start again",
    async run(tab) {
      await startStageTool(tab, ['Yes, I have made a complaint', 'I got a reply from a manager (Stage 1)']);
      await tab.click(xpathText('a', 'No, I am not happy with it'));
      await tab.expectUrl(/which-stage\/stage-1-not-happy\/\?answers=yes\.stage-1-reply\.no$/);
      await tab.driver.back();
      await tab.expectText(heading, 'Are you happy with the Stage 1 reply?');
      await tab.expectFocused(heading);
      await tab.click(xpathText('a', 'Back'));
      await tab.expectText(heading, 'What happened last with your complaint?');
      await tab.click(xpathText('a', 'Start again'));
      await tab.expectText(heading, 'Have you made a complaint yet?');
      await tab.expectUrl(/which-stage\/complained\/$/);
    },
  },
  {
    name: 'letter helper: the Stage 1 letter from the first question to the finished letter, with every answer and the email link',
    async run(tab, site) {
      site.clock = noon(letterDay);
      await tab.go('write/stage-1/');
      const asked = await walkLetter(tab, stage1Answers);
      assert.deepEqual(
        asked,
        letterQuestions['stage-1'].filter((id) => id !== 'whyNow'),
        'every question of the letter is asked',
      );
      await tab.expectFocused(xpathText('h2', 'Check your answers'));
      await tab.expectText('[data-yv-row="happened"] [data-yv-value]', stage1Answers.happened!);
      await tab.click(xpathText('button', 'Write my letter'));
      await tab.expectFocused(xpathText('h2', 'Your letter'));
      const expected = buildLetter(
        'stage-1',
        stage1Answers,
        wording,
        letterContext('stage-1', letterDay, new Set(bankHolidayData.dates)),
      );
      await tab.until(
        'the letter in the box',
        () => tab.value('[data-yv-letter]'),
        (text) => text === expected.text,
      );
      for (const answer of Object.values(stage1Answers).filter((a) => a.length > 3))
        assert.ok(expected.text.includes(answer) || ['no', 'yes', 'have', 'email'].includes(answer), answer);
      assert.ok(expected.text.includes(formatDate(letterDay)), "the letter carries today's date");
      const link = emailLink(complaintsEmail, expected.subject, expected.text);
      assert.ok(link.withBody, 'this letter fits in an email link');
      await tab.until(
        'the email link',
        () => tab.attr('[data-yv-email]', 'href'),
        (href) => href === link.href,
      );
      await tab.expectShown('[data-yv-urgent]');
      assert.doesNotMatch(await tab.url(), /Sam|brother|example/, 'nothing typed goes in the address');
    },
  },
  {
    name: 'letter helper: Copy puts the letter on the clipboard (pasted back to check), or where the engine refuses the clipboard, selects it and says how to copy it',
    async run(tab, site) {
      site.clock = noon(letterDay);
      await tab.go('write/stage-1/');
      await walkLetter(tab, { happened: 'I was moved.' });
      await tab.click(xpathText('button', 'Write my letter'));
      const letter = await tab.until(
        'the letter',
        () => tab.value('[data-yv-letter]'),
        (text) => !!text,
      );
      await tab.click(xpathText('button', 'Copy the letter'));
      const fallback = (await tab.attr('[data-yv-status]', 'data-yv-fallback'))!;
      const status = await tab.until(
        'Copied, or the fallback',
        () => tab.text('[data-yv-status]'),
        (text) => text === 'Copied' || text === fallback,
      );
      if (status === 'Copied') {
        // Read the clipboard the way a person would: paste it into the emptied letter box.
        await tab.fill('[data-yv-letter]', '');
        await tab.click('[data-yv-letter]');
        await tab.press('Control+v');
        await tab.until(
          'the pasted letter',
          () => tab.value('[data-yv-letter]'),
          (text) => text === letter,
        );
      } else {
        await tab.expectFocused('[data-yv-letter]');
        const selected = await tab.run(() => {
          const box = document.querySelector<HTMLTextAreaElement>('[data-yv-letter]')!;
          return box.value.slice(box.selectionStart, box.selectionEnd);
        });
        assert.equal(selected, letter, 'the whole letter is selected');
      }
      console.log(`# ${tab.driver.engine}: Copy said "${status}"`);
    },
  },
  {
    name: 'search: a misspelt query finds its page ("Showing results for ...")',
    async run(tab) {
      await tab.go(`search/?q=${encodeURIComponent('how do i complane')}`);
      await tab.expectText('.yv-search__status', /^\d+ results? for complaint$/);
      await tab.expectText(
        '[data-yv-search-corrected]',
        'Showing results for complaint. Search for “how do i complane” instead',
      );
      const first = await tab.attr('.yv-search__results .yv-search__link', 'href');
      assert.equal(new URL(first!, tab.base).pathname, '/how-to-complain/');
    },
  },
  {
    name: "listen: the control shows exactly when the engine has an English voice of the device's own; with one, it speaks and Stop stops it",
    async run(tab) {
      await tab.go('stage-1/');
      await enhanced(tab, 'yv-listen');
      // Engines list their voices late (voiceschanged); give them 3 s, as a person would wait for the page.
      const voices = await tab.run(
        () =>
          new Promise<{ lang: string; local: boolean }[]>((done) => {
            if (!('speechSynthesis' in window)) return done([]);
            setTimeout(
              () => done(speechSynthesis.getVoices().map((v) => ({ lang: v.lang, local: v.localService }))),
              3000,
            );
          }),
      );
      const offered = voices.some((voice) => voice.local && /^en\b/i.test(voice.lang));
      console.log(
        `listen in ${tab.driver.engine}: ${voices.length} voices, ${offered ? 'a' : 'no'} local English voice`,
      );
      const shown = (name: string) =>
        tab.run(
          (name: string) =>
            [...document.querySelectorAll('yv-listen button')].some(
              (button) => button.textContent?.trim() === name && button.checkVisibility(),
            ),
          name,
        );
      await tab.until(
        'the control matches the voices',
        () => shown('Listen to this page'),
        (is) => is === offered,
      );
      if (!offered) return;
      await tab.click(xpathText('button', 'Listen to this page'));
      await tab.until(
        'speech starts',
        () => tab.run(() => speechSynthesis.speaking),
        (on) => on,
      );
      await tab.click(xpathText('button', 'Stop'));
      await tab.until(
        'speech stops',
        () => tab.run(() => speechSynthesis.speaking),
        (on) => !on,
      );
    },
  },
  {
    name: 'exit this page: the button leaves for the neutral site (stood in for here) and replaces the history entry',
    async run(tab, site) {
      await tab.go('');
      await tab.go('exit-this-page/');
      const before = await tab.run(() => history.length);
      site.takeExits();
      await tab.click('[data-yv-exit]');
      await tab.expectUrl(new RegExp(`^${exactly(site.neutralSite)}$`));
      await tab.until(
        'the neutral page',
        () => tab.run(() => document.title),
        (title) => title === 'Weather',
      );
      assert.equal(await tab.run(() => history.length), before, 'no new history entry');
      assert.deepEqual(site.takeExits(), ['/__engines/neutral-site'], 'the neutral site was asked for once');
    },
  },
  {
    name: 'exit this page: Shift pressed 3 times leaves the site, counting down',
    async run(tab, site) {
      await tab.go('');
      site.takeExits();
      // WebKitGTK drops keys sent before the new page's first frames are drawn: wait for the bar's script, then two.
      await enhanced(tab, 'yv-exit-this-page');
      await tab.run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await tab.press('Shift');
      await tab.expectText('[data-yv-exit-status]', 'Shift, press 2 more times to exit.');
      await tab.press('Shift');
      await tab.expectText('[data-yv-exit-status]', 'Shift, press 1 more time to exit.');
      await tab.press('Shift');
      await tab.expectUrl(new RegExp(`^${exactly(site.neutralSite)}$`));
      assert.deepEqual(site.takeExits(), ['/__engines/neutral-site']);
    },
  },
  ...(['on', 'off'] as const).map((javaScript): Journey => ({
    name: `phone header and Menu with JavaScript ${javaScript}: one row, stays on screen, Menu goes to the navigation, not under the header`,
    async run(tab, site) {
      site.scripts = javaScript === 'on';
      await tab.go('support/');
      assert.equal(
        await tab.run(() => 'enginesWatching' in window),
        javaScript === 'on',
        `scripts ran: JavaScript is ${javaScript}`,
      );
      const [exit, name, search, menu] = await Promise.all(
        ['.yv-exit', '.yv-header__link', xpathText('a', 'Search'), xpathText('a', 'Menu')].map((t) => tab.box(t)),
      );
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const item of [name!, search!, menu!])
        assert.ok(Math.abs(middle(item) - middle(exit!)) < exit!.height / 2 + 8, 'the header is one row');
      assert.ok(exit!.x < name!.x && name!.x < search!.x && search!.x < menu!.x, 'exit, name, Search, Menu');
      assert.ok(menu!.x + menu!.width <= phone.width, 'Menu fits');
      assert.ok(
        await tab.run(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        'no sideways scrolling',
      );
      await tab.expectShown('nav[aria-label="Main"]', false);
      await tab.click(xpathText('a', 'Menu'));
      await tab.expectUrl(/#footer-nav$/);
      const header = (await tab.box('header.yv-header'))!;
      assert.ok(header.y <= 0 && header.y + header.height > 0, 'the header stays at the top as the page scrolls');
      await tab.until(
        'the menu below the header, on screen',
        () => tab.box('#footer-nav'),
        (box) => !!box && box.y >= header.y + header.height - 0.5 && box.y < phone.height,
      );
      const items = await tab.count('#footer-nav a');
      assert.ok(items >= 5, 'the menu has its links');
      assert.equal(await tab.shownCount('#footer-nav a'), items, 'every link of the menu is shown');
      assert.equal(await tab.attr('#footer-nav [aria-current="page"]', 'href'), '/support/');
      // The next Tab goes on from the menu, not from the top of the page.
      await tab.press('Tab');
      await tab.until(
        'focus in the menu after Tab',
        () => tab.run(() => Boolean(document.activeElement?.closest('#footer-nav'))),
        (inMenu) => inMenu,
      );
    },
  })),
  {
    name: "print: the footer says the day it was printed, in the site's words for dates (the print dialog itself is not opened: WebDriver cannot close it)",
    async run(tab, site) {
      site.clock = noon(letterDay);
      await tab.go('stage-1/');
      await enhanced(tab, 'yv-print-footer');
      await tab.run(() => dispatchEvent(new Event('beforeprint')));
      await tab.expectText('[data-yv-printed-on]', formatDate(letterDay));
    },
  },
];

/** Every page of the site, and the 404 page: axe finds nothing, at a phone's width. */
export const pagePaths = [...sitemapPaths({ distDir: enginesDist, base: '/' }), 'this-page-does-not-exist/'];

export function pageJourney(path: string): Journey {
  return {
    name: `every page: /${path}: axe finds nothing, and no JavaScript error`,
    async run(tab) {
      await tab.go(path);
      const found = await axe(tab);
      assert.deepEqual(found, [], found.join('\n'));
    },
  };
}
