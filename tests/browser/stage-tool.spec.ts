// "Which stage am I at?": journeys end to end with JavaScript on (in place, with dates) and off (plain links),
// on time and late, keyboard use, date errors, Back / Start again / the URL, printing, the calendar file, styles of
// steps shown in place, and axe on the enhanced states.
// Every date comes from a fixed clock (page.clock) and from the data: the due dates are worked out with src/lib from
// src/data, never typed by hand, so a timescale change in src/data/ does not break these tests. The tool's words and
// the phone numbers come from the same files the build reads (src/loaders/data-files.ts).
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { bankHolidayData, coveredHolidays } from '../../src/loaders/bank-holidays.ts';
import { dueDates, positionLabel, textParts, type Outcome } from '../../src/lib/stage-finder/index.ts';
import { readEntries, readStageTree } from '../../src/loaders/data-files.ts';
import { exampleDate } from '../../src/lib/stage-finder/date-input.ts';
import { formatDate, formatLongDate } from '../../src/lib/dates.ts';
import { utcDate } from '../../src/lib/working-days.ts';

const holidays = coveredHolidays();
const DAY_MS = 86_400_000;
/** A year the tool covers with a year after it, so every chain of dates fits. */
const year = bankHolidayData.firstYear + 1;
/** The event typed in every dated journey: 18 December crosses Christmas and New Year. */
const event = utcDate(year, 12, 18);
const typed = (date: Date): [string, string, string] => [
  String(date.getUTCDate()),
  String(date.getUTCMonth() + 1),
  String(date.getUTCFullYear()),
];
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** Noon on a day, for page.clock. */
const noon = (date: Date) => new Date(date.getTime() + 12 * 3_600_000);

const { nodes } = readStageTree();
const outcomeOf = (id: string) => nodes[id] as Outcome;
const contacts = readEntries('contacts');
/** A contact's phone number as people read it, and its tel: link, from contacts.yaml. */
function phoneOf(id: string): { display: string; tel: string } {
  const phone = contacts.find((contact) => contact.id === id)?.phone;
  if (!phone) throw new Error(`contacts.yaml has no phone number for ${id}`);
  return phone;
}
const complaintsOfficer = phoneOf('complaints-officer');
/** A text of the tool's words as the page shows it (numbers from contacts.yaml). */
const shown = (text: string) =>
  textParts(text)
    .map((p) => ('text' in p ? p.text : phoneOf(p.phone).display))
    .join('');
/** The due dates of an outcome from `event`, as the page says them. */
function expectedDues(id: string, today: Date, posted = false): string[] {
  return dueDates(outcomeOf(id), event, holidays, bankHolidayData.lastYear).map((d) => {
    if (!d) throw new Error('the test year leaves no room for the dates');
    const when = posted ? `From ${formatLongDate(d)} at the earliest` : `By ${formatLongDate(d)}`;
    return `${when}${d.getTime() < today.getTime() ? ' (this date has passed)' : ''}.`;
  });
}
/** The day after an outcome's last due date: everything is late. */
const afterAll = (id: string) => addDays(dueDates(outcomeOf(id), event, holidays, bankHolidayData.lastYear).at(-1)!, 1);

type Journey = { answers: string[]; id: string; says: string[] };

const journeys: Journey[] = [
  {
    id: 'ready-to-complain',
    answers: ['No, not yet', 'Yes, and I am still not happy'],
    says: ['within 2 working days', 'within 10 working days', 'within 1 year of the problem'],
  },
  {
    id: 'talk-to-worker-first',
    answers: ['No, not yet', 'No, not yet'],
    says: ['social worker or PA', 'If you are a care leaver, the council asks you to talk to your PA first'],
  },
  {
    id: 'complaint-sent',
    answers: ['Yes, I have made a complaint', 'I sent my complaint, but I have not heard anything back', 'By email'],
    says: ['within 2 working days of the day you sent your complaint'],
  },
  {
    id: 'complaint-posted',
    answers: ['Yes, I have made a complaint', 'I sent my complaint, but I have not heard anything back', 'By post'],
    says: ['Post can take a few days', 'gives the date it got your complaint'],
  },
  {
    id: 'complaint-sent-by-someone',
    answers: [
      'Yes, I have made a complaint',
      'I sent my complaint, but I have not heard anything back',
      'Someone else sent it for me',
    ],
    says: ['Ask the person who sent your complaint'],
  },
  {
    id: 'waiting-stage-1',
    answers: ['Yes, I have made a complaint', 'The council told me it has my complaint, and I am waiting for a reply'],
    says: ['within 10 working days', 'within 20 working days'],
  },
  {
    id: 'stage-1-happy',
    answers: ['Yes, I have made a complaint', 'I got a reply from a manager (Stage 1)', 'Yes, I am happy with it'],
    says: ['normally within 20 working days'],
  },
  {
    id: 'stage-1-not-happy',
    answers: ['Yes, I have made a complaint', 'I got a reply from a manager (Stage 1)', 'No, I am not happy with it'],
    says: [
      'normally within 20 working days of the day you got the Stage 1 reply',
      'within 25 working days',
      '65 working days',
    ],
  },
  {
    id: 'waiting-stage-2',
    answers: ['Yes, I have made a complaint', 'I asked for an investigation (Stage 2), and I am waiting'],
    says: ['within 25 working days of the day you asked for Stage 2', 'within 65 working days'],
  },
  {
    id: 'stage-2-happy',
    answers: [
      'Yes, I have made a complaint',
      'I got the reply after the investigation (Stage 2)',
      'Yes, I am happy with it',
    ],
    says: ['normally within 20 working days'],
  },
  {
    id: 'stage-2-not-happy',
    answers: [
      'Yes, I have made a complaint',
      'I got the reply after the investigation (Stage 2)',
      'No, I am not happy with it',
    ],
    says: ['normally within 20 working days of the day you got the Stage 2 reply', 'within 30 working days'],
  },
  {
    id: 'waiting-stage-3',
    answers: ['Yes, I have made a complaint', 'I asked for a Review Panel (Stage 3), and I am waiting'],
    says: [
      'within 30 working days',
      'within 5 working days of the panel meeting',
      "within 15 working days of the panel's report",
    ],
  },
  {
    id: 'stage-3-happy',
    answers: [
      'Yes, I have made a complaint',
      "I got the council's response after the Review Panel (Stage 3)",
      'Yes, I am happy with it',
    ],
    says: ['within 12 months'],
  },
  {
    id: 'stage-3-not-happy',
    answers: [
      'Yes, I have made a complaint',
      "I got the council's response after the Review Panel (Stage 3)",
      'No, I am not happy with it',
    ],
    says: ['within 12 months of when you knew about the problem', phoneOf('ombudsman').display],
  },
  { id: 'not-sure', answers: ["I'm not sure"], says: ['Complaints Officer'] },
];

const node = (page: Page) => page.locator('[data-yv-node]');

async function expectOutcome(page: Page, journey: Journey) {
  const outcome = outcomeOf(journey.id);
  await expect(page.locator('h1')).toHaveText(outcome.title);
  // What to do now comes first, right under the heading.
  const lead = page.locator('h1 + [data-yv-now]');
  await expect(lead).toBeVisible();
  await expect(lead.locator('p').first()).toHaveText(shown(outcome.now[0]!));
  await expect(page.locator('[data-yv-stage]')).toHaveText(positionLabel(outcome.stage));
  for (const text of journey.says) await expect(node(page)).toContainText(text);
  // Every outcome says how to get an advocate and Help at Hand, with the contacts from the data, and the safety line.
  await expect(page.locator('[data-contact="barnardos-advocacy"]').first()).toContainText(
    phoneOf('barnardos-advocacy').display,
  );
  await expect(page.locator('[data-contact="help-at-hand"]')).toContainText(phoneOf('help-at-hand').display);
  await expect(node(page).locator('.yv-safety')).toContainText(phoneOf('emergency').display);
  await expect(node(page).locator('.yv-safety')).toContainText(phoneOf('childline').display);
  for (const heading of ['What happens next', 'By when', 'If it is late', 'Your next step', 'Who can help']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
}

async function typeDate(page: Page, [day, month, yearTyped]: [string, string, string]) {
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill(month);
  await page.getByLabel('Year').fill(yearTyped);
  await page.getByRole('button', { name: 'Work out my dates' }).click();
}

test.describe('with JavaScript off, every node is a page and every answer a link', () => {
  test.use({ javaScriptEnabled: false });

  for (const journey of journeys) {
    test(`journey: ${journey.id}`, async ({ page }) => {
      await page.goto('which-stage/');
      await page.getByRole('link', { name: 'Start now' }).click();
      await expect(page).toHaveURL(/which-stage\/complained\/$/);
      for (const answer of journey.answers) await page.getByRole('link', { name: answer, exact: true }).click();
      await expectOutcome(page, journey);
      // Without a script there is no date form, and the times stay in working days.
      await expect(page.locator('[data-yv-date-form]')).toBeHidden();
      await expect(page.locator('[data-yv-now-late]')).toHaveCount(outcomeOf(journey.id).nowLate ? 1 : 0);
      await expect(page.locator('[data-yv-now-late]')).toBeHidden();
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

  test('a waiting outcome says first how to tell it is late, with the number to call', async ({ page }) => {
    await page.goto('which-stage/waiting-stage-2/');
    await expect(page.locator('[data-yv-now] p').first()).toContainText(
      `this is late. Call the Complaints Officer on ${complaintsOfficer.display} now.`,
    );
    await expect(page.locator(`[data-yv-now] a[href="tel:${complaintsOfficer.tel}"]`)).toHaveText(
      complaintsOfficer.display,
    );
  });
});

test.describe('with JavaScript on, the flow runs in place', () => {
  for (const journey of journeys) {
    test(`journey: ${journey.id}`, async ({ page }) => {
      const outcome = outcomeOf(journey.id);
      // On time: the day after the event, every date is still to come.
      const today = addDays(event, 1);
      await page.clock.setFixedTime(noon(today));
      await page.goto('which-stage/');
      await page.evaluate(() => {
        (window as unknown as { samePage: boolean }).samePage = true;
      });
      await page.getByRole('link', { name: 'Start now' }).click();
      await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
      await expect(page.locator('h1')).toBeFocused();
      for (const answer of journey.answers) {
        await page.getByRole('link', { name: answer, exact: true }).click();
        await expect(page).toHaveURL(/\?answers=/);
      }
      await expectOutcome(page, journey);
      await expect(page.locator('h1')).toBeFocused();
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), 'no page load').toBe(
        true,
      );
      if (outcome.event) {
        await typeDate(page, typed(event));
        await expect(page.locator('[data-yv-due-date]')).toHaveText(
          expectedDues(journey.id, today, outcome.event.posted).map((d) => ` ${d}`),
        );
        await expect(page.getByRole('heading', { name: 'By when' })).toBeFocused();
        await expect(page.locator('[data-yv-now]')).toBeVisible();
        await expect(page.locator('[data-yv-now-late]')).toBeHidden();
        await expect(page.locator('[data-yv-live]')).toContainText('Dates worked out.');
        expect(page.url(), 'a typed date never goes in the URL').not.toMatch(new RegExp(String(year)));
      } else {
        await expect(page.locator('[data-yv-date-form]')).toHaveCount(0);
      }
      // Nothing is stored.
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
        0,
        0,
        '',
      ]);
    });
  }
});

test.describe('late: once a date has passed, the first sentence says so', () => {
  const late: [string, string][] = [
    ['complaint-sent', 'which-stage/complaint-sent/?answers=yes.sent.email'],
    ['waiting-stage-1', 'which-stage/waiting-stage-1/?answers=yes.acknowledged'],
    ['waiting-stage-2', 'which-stage/waiting-stage-2/?answers=yes.asked-stage-2'],
    ['waiting-stage-3', 'which-stage/waiting-stage-3/?answers=yes.asked-stage-3'],
  ];
  for (const [id, url] of late) {
    test(`${id}: "This is late. Call the Complaints Officer on … now."`, async ({ page }) => {
      const today = afterAll(id);
      await page.clock.setFixedTime(noon(today));
      await page.goto(url);
      await typeDate(page, typed(event));
      const lead = page.locator('h1 + [data-yv-now] + [data-yv-now-late]');
      await expect(lead).toBeVisible();
      await expect(lead).toBeFocused();
      await expect(page.locator('[data-yv-now]')).toBeHidden();
      await expect(lead.locator('p').first()).toHaveText(
        `This is late. Call the Complaints Officer on ${complaintsOfficer.display} now.`,
      );
      await expect(lead.locator(`a[href="tel:${complaintsOfficer.tel}"]`)).toHaveText(complaintsOfficer.display);
      await expect(page.locator('[data-yv-live]')).toContainText('This is late.');
      await expect(page.locator('[data-yv-due-date]')).toHaveText(expectedDues(id, today).map((d) => ` ${d}`));
      // Then what else: an advocate, and the Ombudsman's view of delays.
      await expect(node(page)).toContainText('the Ombudsman may look at your complaint sooner');
      // Nothing left to put in a calendar.
      await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeHidden();
      // A date that is not late puts the usual first words back.
      await typeDate(page, typed(addDays(today, -1)));
      await expect(page.locator('[data-yv-now]')).toBeVisible();
    });
  }

  test('posted: the dates are "at the earliest", and a passed date says the reply may be late', async ({ page }) => {
    const id = 'complaint-posted';
    const today = afterAll(id);
    await page.clock.setFixedTime(noon(today));
    await page.goto('which-stage/complaint-posted/?answers=yes.sent.post');
    await expect(page.locator('legend')).toHaveText('When did you post your complaint?');
    await typeDate(page, typed(event));
    await expect(page.locator('[data-yv-due-date]')).toHaveText(expectedDues(id, today, true).map((d) => ` ${d}`));
    await expect(page.locator('[data-yv-now-late] p').first()).toHaveText(
      `Your reply may be late. Call the Complaints Officer on ${complaintsOfficer.display} now to check they got your complaint.`,
    );
  });

  test('a missed date to ask for the next stage says so first, and still says to ask', async ({ page }) => {
    const id = 'stage-1-not-happy';
    const today = afterAll(id);
    await page.clock.setFixedTime(noon(today));
    await page.goto('which-stage/stage-1-not-happy/?answers=yes.stage-1-reply.no');
    await typeDate(page, typed(event));
    await expect(page.locator('[data-yv-now-late] p').first()).toHaveText(shown(outcomeOf(id).nowLate![0]!));
    await expect(page.locator('[data-yv-now-late]')).toContainText('The usual time to ask for Stage 2 has passed.');
  });
});

test('keyboard only: answer with Enter, focus follows each question, type a date and submit with Enter', async ({
  page,
}) => {
  const today = addDays(event, 1);
  await page.clock.setFixedTime(noon(today));
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
  await expect(page.locator('h1')).toHaveText(outcomeOf('stage-1-not-happy').title);
  await expect(page.locator('h1')).toBeFocused();
  for (let i = 0; i < 60 && !(await page.getByLabel('Day').evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  const [day, month, yearTyped] = typed(event);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(yearTyped);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-yv-due-date]')).toHaveText(
    expectedDues('stage-1-not-happy', today).map((d) => ` ${d}`),
  );
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Day')).toBeFocused();
});

test.describe('date errors', () => {
  const today = addDays(event, 1);
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(noon(today));
    await page.goto('which-stage/stage-1-not-happy/?answers=yes.stage-1-reply.no');
  });

  const cases: [string, [string, string, string], string][] = [
    ['31 February', ['31', '2', String(year)], 'The date you got the Stage 1 reply must be a real date'],
    [
      'a date in the future',
      typed(addDays(today, 1)),
      'The date you got the Stage 1 reply must be today or in the past',
    ],
    [
      'a year outside the bank-holiday data',
      ['10', '6', String(bankHolidayData.firstYear - 1)],
      'The date you got the Stage 1 reply must be between',
    ],
    ['nothing typed', ['', '', ''], 'Enter the date you got the Stage 1 reply'],
  ];
  for (const [name, input, message] of cases) {
    test(`error: ${name}`, async ({ page }) => {
      await typeDate(page, input);
      const summary = page.locator('[data-yv-error-summary]');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('There is a problem');
      await expect(summary).toContainText(message);
      await expect(page.locator('#event-date-error')).toContainText(`Error: ${message}`);
      await expect(page).toHaveTitle(/^Error: /);
      // Nothing answered is lost: the answers stay in the URL and the fields keep what was typed.
      await expect(page).toHaveURL(/answers=yes\.stage-1-reply\.no/);
      await expect(page.getByLabel('Day')).toHaveValue(input[0]);
      await expect(page.getByLabel('Year')).toHaveValue(input[2]);
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      // The summary's link goes to the field.
      await summary.getByRole('link').click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
      // Fixing it clears the error.
      await typeDate(page, typed(event));
      await expect(summary).toBeHidden();
      await expect(page).not.toHaveTitle(/^Error: /);
      await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
      await expect(page.locator('[data-yv-due-date]')).toHaveText(
        expectedDues('stage-1-not-happy', today).map((d) => ` ${d}`),
      );
    });
  }

  test('the example under the fields is a date the tool accepts', async ({ page }) => {
    const example = exampleDate(bankHolidayData.firstYear);
    await expect(page.locator('[data-yv-example]')).toHaveText(`${example.day} ${example.month} ${example.year}`);
    await typeDate(page, [example.day, example.month, example.year]);
    await expect(page.locator('[data-yv-error-summary]')).toBeHidden();
    await expect(page.locator('[data-yv-due-date]').first()).toContainText('By ');
  });

  test('a date more than a year old gets a time-limit note, not an error', async ({ page }) => {
    // More than a year before `today`, and still in the first year the tool covers.
    await typeDate(page, typed(utcDate(bankHolidayData.firstYear, 12, 1)));
    await expect(page.locator('[data-yv-error-summary]')).toBeHidden();
    await expect(page.locator('[data-yv-old-note]')).toBeVisible();
    await expect(page.locator('[data-yv-old-note]')).toContainText('more than a year ago');
    await expect(page.locator('[data-yv-due-date]')).toContainText('(this date has passed)');
    await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeHidden();
  });
});

test("browser Back, the tool's Back link, Start again and the answers in the URL", async ({ page }) => {
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
  await expect(page.locator('h1')).toHaveText(outcomeOf('not-sure').title);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
  await expect(page).toHaveURL(/which-stage\/latest\/\?answers=yes$/);
  // Answers that do not fit the page are ignored: Back uses the shortest route instead.
  await page.goto('which-stage/not-sure/?answers=nonsense');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
});

test("a step shown in place looks as it does on its own page (every page carries every step's styles)", async ({
  page,
}) => {
  const signature = () =>
    page.locator('[data-yv-node]').evaluate((root) =>
      [...root.querySelectorAll('*')].map((el) => {
        const style = getComputedStyle(el);
        return [
          el.tagName,
          el.className,
          style.display,
          style.color,
          style.fontSize,
          style.fontWeight,
          style.borderLeftWidth,
          style.paddingLeft,
          style.marginTop,
          style.whiteSpace,
        ].join('|');
      }),
    );
  await page.goto('which-stage/waiting-stage-2/?answers=yes.asked-stage-2');
  const direct = await signature();
  await page.goto('which-stage/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
  await page.getByRole('link', { name: 'I asked for an investigation (Stage 2), and I am waiting' }).click();
  await expect(page.locator('h1')).toHaveText(outcomeOf('waiting-stage-2').title);
  expect(await signature()).toEqual(direct);
});

test("Print my next steps after stepping in place prints the outcome's own address, QR code and canonical link", async ({
  page,
}) => {
  const today = addDays(event, 1);
  await page.clock.setFixedTime(noon(today));
  // What the outcome's own page prints.
  await page.goto('which-stage/stage-1-not-happy/');
  const ownFooter = await page.locator('[data-yv-print-footer]').innerHTML();
  const ownCanonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(ownCanonical).toMatch(/\/which-stage\/stage-1-not-happy\/$/);
  // Stepping there in place from the start page.
  await page.goto('which-stage/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
  await page.getByRole('link', { name: 'I got a reply from a manager (Stage 1)' }).click();
  await page.getByRole('link', { name: 'No, I am not happy with it' }).click();
  await expect(page.locator('h1')).toHaveText(outcomeOf('stage-1-not-happy').title);
  await typeDate(page, typed(event));
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print my next steps' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // A real print() fires beforeprint, which fills in the date; the stub above does not, so send it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', ownCanonical!);
  await page.emulateMedia({ media: 'print' });
  const footer = page.locator('[data-yv-print-footer]');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(ownCanonical!);
  // The same QR code and address as the outcome's own page (the printed-on date is filled in at print time).
  expect((await footer.innerHTML()).replace(/<span[^>]*data-yv-printed-on[^>]*>.*?<\/span>/, '')).toBe(
    ownFooter.replace(/<span[^>]*data-yv-printed-on[^>]*>.*?<\/span>/, ''),
  );
  await expect(page.locator('[data-yv-printed-on]')).toHaveText(formatDate(today));
  await expect(page.getByText(/Printed on/)).toHaveCount(1);
  await expect(page.locator('[data-yv-due-date]')).toHaveText(
    expectedDues('stage-1-not-happy', today).map((d) => ` ${d}`),
  );
  for (const hidden of [
    '.yv-nav',
    '.yv-footer',
    '.yv-breadcrumbs',
    '.yv-back-link',
    '[data-yv-date-form]',
    '[data-yv-tools]',
    '.yv-sf-restart',
    '[data-yv-exit-bar]',
  ]) {
    await expect(page.locator(hidden).first(), `${hidden} is not printed`).toBeHidden();
  }
  // Back on the start page, the printout is the start page's again.
  await page.emulateMedia({ media: 'screen' });
  for (let i = 0; i < 4; i += 1) await page.goBack();
  await expect(page.locator('h1')).toHaveText('Which stage am I at?');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/which-stage\/$/);
  await expect(page.locator('[data-yv-print-footer] .yv-print-footer__url').first()).toHaveText(/\/which-stage\/$/);
});

test('Add to calendar: one neutral all-day event per date still to come, folded and CRLF, made in the browser', async ({
  page,
}) => {
  const id = 'waiting-stage-3';
  const dates = dueDates(outcomeOf(id), event, holidays, bankHolidayData.lastYear) as Date[];
  // Between the first and second dates: the first has passed, two are to come.
  const today = addDays(dates[0]!, 1);
  await page.clock.setFixedTime(noon(today));
  await page.goto('which-stage/waiting-stage-3/?answers=yes.asked-stage-3');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeHidden();
  await typeDate(page, typed(event));
  const button = page.getByRole('button', { name: 'Add to calendar' });
  await expect(button).toBeVisible();
  // Beside the button: why the entries say so little.
  await expect(button).toHaveAccessibleDescription(/other people may see your calendar on a shared phone/);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('reminders.ics');
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const basic = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  for (const date of dates.slice(1)) {
    expect(ics).toContain(`DTSTART;VALUE=DATE:${basic(date)}\r\n`);
    expect(ics).toContain(`DTEND;VALUE=DATE:${basic(addDays(date, 1))}\r\n`);
  }
  expect(ics).not.toContain(`DTSTART;VALUE=DATE:${basic(dates[0]!)}`);
  expect(ics).toContain('SUMMARY:Report due\r\n');
  expect(ics).toContain('SUMMARY:Reply due\r\n');
  expect(ics, 'nothing says what it is about').not.toMatch(/complain|care|council|stage|advoca|panel/i);
  // The browser may ask for the site's icon; nothing else leaves the page.
  expect(
    requests.filter((url) => !url.endsWith('/favicon.svg')),
    'nothing is sent',
  ).toEqual([]);
});

test('axe finds nothing on the enhanced states: a question, an error summary, an outcome with dates, a late outcome', async ({
  page,
}) => {
  const today = addDays(event, 1);
  await page.clock.setFixedTime(noon(today));
  await page.goto('which-stage/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
  await page.getByRole('link', { name: 'I sent my complaint, but I have not heard anything back' }).click();
  await expect(page.locator('h1')).toHaveText('How did you send your complaint?');
  expect(await axeViolations(page), 'question').toEqual([]);
  await page.getByRole('link', { name: 'By email' }).click();
  await typeDate(page, ['31', '2', String(year)]);
  await expect(page.locator('[data-yv-error-summary]')).toBeVisible();
  expect(await axeViolations(page), 'error summary').toEqual([]);
  await typeDate(page, typed(event));
  await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `outcome with dates (${colorScheme})`).toEqual([]);
  }
  await page.clock.setFixedTime(noon(afterAll('complaint-sent')));
  await typeDate(page, typed(event));
  await expect(page.locator('[data-yv-now-late]')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `late outcome (${colorScheme})`).toEqual([]);
  }
});

test.describe("the tool's code loads on first use (the page carries only its loader)", { tag: '@guide' }, () => {
  /** The tool's code, imported by address by src/enhance/stage-finder-loader.ts. */
  const isCode = (url: string | URL) => new URL(url).pathname.endsWith('/stage-finder.js');
  const defined = (page: Page) => page.evaluate(() => customElements.get('yv-stage-finder') !== undefined);
  const markSamePage = (page: Page) =>
    page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });
  const samePage = (page: Page) => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);
  /** The addresses of the tool's code the page requests, as they come. */
  const codeRequests = (page: Page) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (isCode(request.url())) requested.push(request.url());
    });
    return requested;
  };

  test('reading the start page loads none of it; a click before it has loaded still steps in place', async ({
    page,
  }) => {
    const requested = codeRequests(page);
    // The code's response is held back until the click has happened.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isCode, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('which-stage/');
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    expect(requested, 'not requested by reading').toEqual([]);
    expect(await defined(page)).toBe(false);
    await markSamePage(page);

    await page.getByRole('link', { name: 'Start now' }).click();
    await expect.poll(() => requested.length, 'requested at the first sign of use').toBe(1);
    await expect(page.locator('h1')).toHaveText('Which stage am I at?');
    expect(page.url(), 'the click is held, not followed').toMatch(/which-stage\/$/);
    release();
    await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
    await expect(page.locator('h1')).toBeFocused();
    await expect(page).toHaveURL(/which-stage\/complained\/$/);
    expect(await samePage(page), 'no page load').toBe(true);
    // Once loaded, the code does the rest as ever: a step in place, and Back.
    await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
    await expect(page).toHaveURL(/\?answers=yes$/);
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
    expect(await samePage(page), 'no page load').toBe(true);
    expect(requested, 'loaded once').toHaveLength(1);
  });

  test("the start page carries none of the steps' styles; a step shown in place waits for its page's stylesheets", async ({
    page,
  }) => {
    // The style of what to do now at the moment the step is put in the page, before anything is drawn.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const now = document.querySelector('.yv-sf-now');
        const seen = window as unknown as { nowBorder?: string };
        if (now && seen.nowBorder === undefined) seen.nowBorder = getComputedStyle(now).borderLeftWidth;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('which-stage/');
    const sheets = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => (l as HTMLLinkElement).href),
      );
    const startSheets = await sheets();
    // The urgent way in leads to an outcome, whose page links a stylesheet the start page does not.
    let held = 0;
    await page.route(
      (url) => url.pathname.endsWith('.css') && !startSheets.includes(url.href),
      async (route) => {
        held++;
        await new Promise((done) => setTimeout(done, 800));
        await route.continue();
      },
    );
    await markSamePage(page);
    await page.getByRole('link', { name: /Something is about to happen to me/ }).click();
    await expect.poll(() => held, "the outcome page's own stylesheet is fetched").toBeGreaterThan(0);
    // Until it has arrived, the start page stays as it was.
    await expect(page.locator('h1')).toHaveText('Which stage am I at?');
    await expect(page.locator('h1')).not.toHaveText('Which stage am I at?');
    expect(await samePage(page), 'no page load').toBe(true);
    expect((await sheets()).length).toBeGreaterThan(startSheets.length);
    // Shown styled from the start: what to do now stands out with its border.
    await expect(page.locator('.yv-sf-now').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { nowBorder?: string }).nowBorder)).toBe('5px');
  });

  test('focus in the tool (a keyboard user) loads it', async ({ page }) => {
    await page.goto('which-stage/complained/');
    expect(await defined(page)).toBe(false);
    const request = page.waitForRequest((r) => isCode(r.url()));
    await page.getByRole('link', { name: 'Yes, I have made a complaint' }).focus();
    await request;
    await expect.poll(() => defined(page)).toBe(true);
    await markSamePage(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
    expect(await samePage(page), 'no page load').toBe(true);
  });

  test('a page that needs it as it opens loads it at once: answers in the address, or a date form', async ({
    page,
  }) => {
    await page.goto('which-stage/latest/?answers=yes');
    await expect.poll(() => defined(page)).toBe(true);
    await page.goto('which-stage/complaint-sent/');
    await expect.poll(() => defined(page)).toBe(true);
    await expect(page.locator('[data-yv-date-form]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print my next steps' })).toBeVisible();
  });

  test('if the code cannot load, a step link goes to its page', async ({ page }) => {
    await page.route(isCode, (route) => route.abort());
    await page.goto('which-stage/');
    await markSamePage(page);
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(page).toHaveURL(/which-stage\/complained\/$/);
    await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
    expect(await samePage(page), 'a page load').toBe(false);
    await page.getByRole('link', { name: 'Yes, I have made a complaint' }).click();
    await expect(page.locator('h1')).toHaveText('What happened last with your complaint?');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    test('a touch that starts a scroll loads nothing; a tap before the code has loaded steps in place', async ({
      page,
    }) => {
      const requested = codeRequests(page);
      await page.goto('which-stage/');
      // A scroll on a phone often starts on the tool: its touch is not a use of the tool.
      await page.locator('yv-stage-finder').dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
      await page.waitForTimeout(300);
      expect(requested, 'not requested by a touch').toEqual([]);
      expect(await defined(page)).toBe(false);
      await markSamePage(page);
      await page.getByRole('link', { name: 'Start now' }).tap();
      await expect(page.locator('h1')).toHaveText('Have you made a complaint yet?');
      await expect(page.locator('h1')).toBeFocused();
      await page.getByRole('link', { name: 'No, not yet' }).tap();
      await expect(page).toHaveURL(/\?answers=no$/);
      expect(await samePage(page), 'no page load').toBe(true);
    });
  });

  test('a click with a modifier key is left to the browser', async ({ page, context }) => {
    await page.goto('which-stage/');
    const opened = context.waitForEvent('page');
    await page.getByRole('link', { name: 'Start now' }).click({ modifiers: ['Shift'] });
    const other = await opened;
    await expect(other).toHaveURL(/which-stage\/complained\/$/);
    await expect(page.locator('h1')).toHaveText('Which stage am I at?');
    await other.close();
  });
});
