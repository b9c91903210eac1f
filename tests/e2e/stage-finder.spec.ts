// "Which stage am I at?": journeys end to end with JavaScript on (in place, with dates) and off (plain links),
// keyboard use, date errors, Back / Start again / the URL, printing, the calendar file, and axe on enhanced states.
// Expected dates are worked out by hand from the England and Wales bank holidays in FACTS.md.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from '../support/axe.ts';

type Journey = {
  name: string;
  answers: string[];
  heading: string;
  stage: string;
  /** Text the outcome shows without dates (timescales in working days). */
  says: string[];
  /** A date to type (day, month, year), "today" for the test, and the due dates that should appear. */
  date?: { typed: [string, string, string]; today: string; due: string[] };
};

const journeys: Journey[] = [
  {
    name: 'not complained, talked to PA', answers: ['No, not yet', 'Yes, and I am still not happy'],
    heading: 'You can make a complaint', stage: 'Not started yet',
    says: ['within 2 working days', 'within 10 working days', 'within 1 year of the problem'],
  },
  {
    name: 'not complained, not talked to PA', answers: ['No, not yet', 'No, not yet'],
    heading: 'Talk to your PA first', stage: 'Not started yet', says: ['try to talk to your PA'],
  },
  {
    name: 'complaint sent, nothing heard', answers: ['Yes, I have made a complaint', 'I sent my complaint, but I have not heard anything back'],
    heading: 'You are at Stage 1: waiting to hear back', stage: 'Stage 1: sorting it out locally',
    says: ['within 2 working days of the day the council got your complaint', 'within 20 working days of the day the council got your complaint'],
    // Thursday 24 December 2026: 25 and 28 December and 1 January are not counted.
    date: { typed: ['24', '12', '2026'], today: '2026-12-24', due: ['Wednesday 30 December 2026', 'Tuesday 12 January 2027', 'Tuesday 26 January 2027'] },
  },
  {
    name: 'acknowledged, waiting for Stage 1 reply', answers: ['Yes, I have made a complaint', 'The council told me it has my complaint, and I am waiting for a reply'],
    heading: 'You are at Stage 1: waiting for a reply', stage: 'Stage 1: sorting it out locally',
    says: ['within 10 working days', 'within 20 working days'],
    // Monday 2 November 2026: 10 working days is Monday 16 November.
    date: { typed: ['2', '11', '2026'], today: '2026-11-23', due: ['Monday 16 November 2026 (this date has passed)', 'Monday 30 November 2026'] },
  },
  {
    name: 'Stage 1 reply, happy', answers: ['Yes, I have made a complaint', 'I got a reply from a manager (Stage 1)', 'Yes, I am happy with it'],
    heading: 'Your complaint is sorted at Stage 1', stage: 'Stage 1: sorting it out locally', says: ['normally within 20 working days'],
    date: { typed: ['18', '12', '2026'], today: '2027-01-04', due: ['Wednesday 20 January 2027'] },
  },
  {
    name: 'Stage 1 reply, not happy', answers: ['Yes, I have made a complaint', 'I got a reply from a manager (Stage 1)', 'No, I am not happy with it'],
    heading: 'You can ask for Stage 2', stage: 'Stage 1: sorting it out locally',
    says: ['normally within 20 working days of the day you got the Stage 1 reply', 'within 25 working days', '65 working days'],
    // Friday 18 December 2026 + 20 working days, not counting 25 and 28 December and 1 January: Wednesday 20 January 2027.
    date: { typed: ['18', '12', '2026'], today: '2027-01-04', due: ['Wednesday 20 January 2027'] },
  },
  {
    name: 'Stage 2 asked for, waiting', answers: ['Yes, I have made a complaint', 'I asked for an investigation (Stage 2), and I am waiting'],
    heading: 'You are at Stage 2: waiting for the investigation', stage: 'Stage 2: an independent investigation',
    says: ['within 25 working days of the day you asked for Stage 2', 'within 65 working days'],
    date: { typed: ['2', '11', '2026'], today: '2026-11-23', due: ['Monday 7 December 2026', 'Thursday 4 February 2027'] },
  },
  {
    name: 'Stage 2 reply, not happy', answers: ['Yes, I have made a complaint', 'I got the reply after the investigation (Stage 2)', 'No, I am not happy with it'],
    heading: 'You can ask for a Review Panel (Stage 3)', stage: 'Stage 2: an independent investigation',
    says: ['normally within 20 working days of the day you got the Stage 2 reply', 'within 30 working days'],
    // Monday 4 January 2027 + 20 working days: Monday 1 February 2027.
    date: { typed: ['4', '1', '2027'], today: '2027-01-05', due: ['Monday 1 February 2027'] },
  },
  {
    name: 'Stage 2 reply, happy', answers: ['Yes, I have made a complaint', 'I got the reply after the investigation (Stage 2)', 'Yes, I am happy with it'],
    heading: 'Your complaint is sorted at Stage 2', stage: 'Stage 2: an independent investigation', says: ['normally within 20 working days'],
    date: { typed: ['4', '1', '2027'], today: '2027-01-05', due: ['Monday 1 February 2027'] },
  },
  {
    name: 'Review Panel asked for, waiting', answers: ['Yes, I have made a complaint', 'I asked for a Review Panel (Stage 3), and I am waiting'],
    heading: 'You are at Stage 3: waiting for the Review Panel', stage: 'Stage 3: a Review Panel',
    says: ['within 30 working days', 'within 5 working days of the panel meeting', "within 15 working days of the panel's report"],
    // Monday 1 March 2027: Good Friday 26 March and Easter Monday 29 March, then the early May bank holiday, are skipped.
    date: { typed: ['1', '3', '2027'], today: '2027-03-02', due: ['Wednesday 14 April 2027', 'Wednesday 21 April 2027', 'Thursday 13 May 2027'] },
  },
  {
    name: "council's response after the panel, happy", answers: ['Yes, I have made a complaint', "I got the council's response after the Review Panel (Stage 3)", 'Yes, I am happy with it'],
    heading: 'Your complaint is finished', stage: 'Stage 3: a Review Panel', says: ['within 12 months'],
  },
  {
    name: "council's response after the panel, not happy", answers: ['Yes, I have made a complaint', "I got the council's response after the Review Panel (Stage 3)", 'No, I am not happy with it'],
    heading: 'You can ask the Ombudsman', stage: 'After Stage 3', says: ['within 12 months of when you knew about the problem', '0300 061 0614'],
  },
  {
    name: 'not sure', answers: ["I'm not sure"],
    heading: 'Find out which stage you are at', stage: 'Not known yet', says: ['Complaints Officer'],
  },
];

const outcome = (page: Page) => page.locator('[data-yv-node]');

async function expectOutcome(page: Page, journey: Journey) {
  await expect(page.locator('h1')).toHaveText(journey.heading);
  await expect(page.locator('[data-yv-stage]')).toContainText(journey.stage);
  for (const text of journey.says) await expect(outcome(page)).toContainText(text);
  // Every outcome says how to get an advocate, with the contacts from the data.
  await expect(page.locator('[data-contact="barnardos-advocacy"]')).toContainText('020 8800 0017');
  await expect(page.locator('[data-contact="coram-voice"]')).toContainText('0808 800 5792');
  for (const heading of ['What happens next', 'By when', 'If it is late', 'Your next step', 'Who can help']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
}

async function typeDate(page: Page, [day, month, year]: [string, string, string]) {
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill(month);
  await page.getByLabel('Year').fill(year);
  await page.getByRole('button', { name: 'Work out my dates' }).click();
}

test.describe('with JavaScript off, every node is a page and every answer a link', () => {
  test.use({ javaScriptEnabled: false });

  for (const journey of journeys) {
    test(`journey: ${journey.name}`, async ({ page }) => {
      await page.goto('which-stage/');
      await page.getByRole('link', { name: 'Start now' }).click();
      await expect(page).toHaveURL(/which-stage\/complained\/$/);
      for (const answer of journey.answers) await page.getByRole('link', { name: answer, exact: true }).click();
      await expectOutcome(page, journey);
      // Without a script there is no date form, and the times stay in working days.
      await expect(page.locator('[data-yv-date-form]')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Print my next steps' })).toBeHidden();
      await expect(page.locator('[data-yv-due-date]:not(:empty)')).toHaveCount(0);
    });
  }

  test('Back and Start again are plain links', async ({ page }) => {
    await page.goto('which-stage/stage-1-reply/');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page.locator('h1')).toHaveText('Which stage am I at?');
  });
});

test.describe('with JavaScript on, the flow runs in place', () => {
  for (const journey of journeys) {
    test(`journey: ${journey.name}`, async ({ page }) => {
      if (journey.date) await page.clock.setFixedTime(new Date(`${journey.date.today}T12:00:00Z`));
      await page.goto('which-stage/');
      await page.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
      await page.getByRole('link', { name: 'Start now' }).click();
      await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
      await expect(page.locator('h1')).toBeFocused();
      for (const answer of journey.answers) {
        await page.getByRole('link', { name: answer, exact: true }).click();
        await expect(page).toHaveURL(/\?answers=/);
      }
      await expectOutcome(page, journey);
      await expect(page.locator('h1')).toBeFocused();
      await expect(page.locator('[data-yv-live]')).toHaveText(journey.heading);
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), 'no page load').toBe(true);
      if (journey.date) {
        await typeDate(page, journey.date.typed);
        const dues = page.locator('[data-yv-due-date]');
        await expect(dues).toHaveText(journey.date.due.map((d) => `By ${d}.`));
        await expect(page.getByRole('heading', { name: 'By when' })).toBeFocused();
        await expect(page.locator('[data-yv-live]')).toContainText('Dates worked out.');
        expect(page.url(), 'a typed date never goes in the URL').not.toMatch(new RegExp(journey.date.typed[2]));
      } else {
        await expect(page.locator('[data-yv-date-form]')).toHaveCount(0);
      }
      // Nothing is stored.
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    });
  }
});

test('keyboard only: answer with Enter, focus follows each question, type a date and submit with Enter', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-04T12:00:00Z'));
  await page.goto('which-stage/');
  const press = async (name: string) => {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === name) return page.keyboard.press('Enter');
    }
    throw new Error(`Tab never reached "${name}"`);
  };
  await press('Start now');
  await expect(page.locator('h1')).toBeFocused();
  await press('Yes, I have made a complaint');
  await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
  await expect(page.locator('h1')).toBeFocused();
  await press('I got a reply from a manager (Stage 1)');
  await press('No, I am not happy with it');
  await expect(page.locator('h1')).toHaveText('You can ask for Stage 2');
  await expect(page.locator('h1')).toBeFocused();
  for (let i = 0; i < 60 && !(await page.getByLabel('Day').evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('18');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-yv-due-date]')).toHaveText('By Wednesday 20 January 2027.');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Day')).toBeFocused();
});

test.describe('date errors', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-04T12:00:00Z'));
    await page.goto('which-stage/stage-1-not-happy/?answers=yes.stage-1-reply.no');
  });

  const cases: [string, [string, string, string], string][] = [
    ['31 February', ['31', '2', '2026'], 'The date you got the Stage 1 reply must be a real date'],
    ['a date in the future', ['5', '1', '2027'], 'The date you got the Stage 1 reply must be today or in the past'],
    ['a year outside the bank-holiday data', ['10', '6', '2019'], 'The date you got the Stage 1 reply must be between'],
    ['nothing typed', ['', '', ''], 'Enter the date you got the Stage 1 reply'],
  ];
  for (const [name, typed, message] of cases) {
    test(`error: ${name}`, async ({ page }) => {
      await typeDate(page, typed);
      const summary = page.locator('[data-yv-error-summary]');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('There is a problem');
      await expect(summary).toContainText(message);
      await expect(page.locator('#event-date-error')).toContainText(`Error: ${message}`);
      await expect(page).toHaveTitle(/^Error: /);
      // Nothing answered is lost: the answers stay in the URL and the fields keep what was typed.
      await expect(page).toHaveURL(/answers=yes\.stage-1-reply\.no/);
      await expect(page.getByLabel('Day')).toHaveValue(typed[0]);
      await expect(page.getByLabel('Year')).toHaveValue(typed[2]);
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      // The summary's link goes to the field.
      await summary.getByRole('link').click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
      // Fixing it clears the error.
      await typeDate(page, ['18', '12', '2026']);
      await expect(summary).toBeHidden();
      await expect(page).not.toHaveTitle(/^Error: /);
      await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
      await expect(page.locator('[data-yv-due-date]')).toHaveText('By Wednesday 20 January 2027.');
    });
  }

  test('a date more than a year old gets a time-limit note, not an error', async ({ page }) => {
    await typeDate(page, ['3', '1', '2025']);
    await expect(page.locator('[data-yv-error-summary]')).toBeHidden();
    await expect(page.locator('[data-yv-old-note]')).toBeVisible();
    await expect(page.locator('[data-yv-old-note]')).toContainText('more than a year ago');
    await expect(page.locator('[data-yv-due-date]')).toContainText('(this date has passed)');
    await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeHidden();
  });
});

test('browser Back, the tool\'s Back link, Start again and the answers in the URL', async ({ page }) => {
  await page.goto('which-stage/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
  await page.getByRole('link', { name: 'I got a reply from a manager (Stage 1)' }).click();
  await page.getByRole('link', { name: 'No, I am not happy with it' }).click();
  await expect(page).toHaveURL(/which-stage\/stage-1-not-happy\/\?answers=yes\.stage-1-reply\.no$/);

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Are you happy with the Stage 1 reply?');
  await expect(page).toHaveURL(/which-stage\/stage-1-reply\/\?answers=yes\.stage-1-reply$/);
  await expect(page.locator('h1')).toBeFocused();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
  await page.goForward();
  await expect(page.locator('h1')).toHaveText('Are you happy with the Stage 1 reply?');

  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
  await expect(page).toHaveURL(/which-stage\/complained\/$/);
  // Start again is a step like any other: Back returns to where you were before it.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Are you happy with the Stage 1 reply?');
  // Browser Back all the way returns to the start page, still in place.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Which stage am I at?');
  await expect(page).toHaveURL(/which-stage\/$/);
});

test('a bookmarked result keeps its answers: Back goes to the question actually answered', async ({ page }) => {
  // "Not sure" can be reached from two questions; the answers in the URL say which one this person came from.
  await page.goto('which-stage/not-sure/?answers=yes.not-sure');
  await expect(page.locator('h1')).toHaveText('Find out which stage you are at');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
  await expect(page).toHaveURL(/which-stage\/latest\/\?answers=yes$/);
  // Answers that do not fit the page are ignored: Back uses the shortest route instead.
  await page.goto('which-stage/not-sure/?answers=nonsense');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
});

test('Print my next steps prints the outcome alone, with the printed date and the due date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-04T12:00:00Z'));
  await page.goto('which-stage/stage-1-not-happy/?answers=yes.stage-1-reply.no');
  await typeDate(page, ['18', '12', '2026']);
  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed += 1; }; });
  await page.getByRole('button', { name: 'Print my next steps' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1')).toBeVisible();
  // One printed date, in the page's print footer.
  await expect(page.locator('[data-yv-printed-on]')).toHaveText('4 January 2027');
  await expect(page.getByText(/Printed on/)).toHaveCount(1);
  await expect(page.locator('[data-yv-due-date]')).toHaveText('By Wednesday 20 January 2027.');
  await expect(page.locator('[data-contact="barnardos-advocacy"]')).toBeVisible();
  for (const hidden of ['.yv-nav', '.yv-footer', '.yv-breadcrumbs', '.yv-back-link', '[data-yv-date-form]', '[data-yv-tools]', '.yv-sf-restart', '[data-yv-exit-bar]']) {
    await expect(page.locator(hidden).first(), `${hidden} is not printed`).toBeHidden();
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-yv-printed]')).toBeHidden();
});

test('Add to calendar downloads an .ics file for the next due date, made in the browser', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-04T12:00:00Z'));
  await page.goto('which-stage/stage-1-not-happy/?answers=yes.stage-1-reply.no');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeHidden();
  await typeDate(page, ['18', '12', '2026']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('complaint-date.ics');
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('DTSTART;VALUE=DATE:20270120\r\n');
  expect(ics).toContain('DTEND;VALUE=DATE:20270121\r\n');
  expect(ics).toContain('SUMMARY:Complaint: Ask for Stage 2\r\n');
  expect(ics).toContain('END:VEVENT');
  // The browser may ask for the site's icon; nothing else leaves the page.
  expect(requests.filter((url) => !url.endsWith('/favicon.svg')), 'nothing is sent').toEqual([]);
});

test('axe finds nothing on the enhanced states: a question, an error summary, an outcome with dates', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-04T12:00:00Z'));
  await page.goto('which-stage/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
  await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
  expect(await axeViolations(page), 'question').toEqual([]);
  await page.getByRole('link', { name: 'I got a reply from a manager (Stage 1)' }).click();
  await page.getByRole('link', { name: 'No, I am not happy with it' }).click();
  await typeDate(page, ['31', '2', '2026']);
  await expect(page.locator('[data-yv-error-summary]')).toBeVisible();
  expect(await axeViolations(page), 'error summary').toEqual([]);
  await typeDate(page, ['18', '12', '2026']);
  await expect(page.locator('[data-yv-due-date]')).toHaveText('By Wednesday 20 January 2027.');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `outcome with dates (${colorScheme})`).toEqual([]);
  }
});
