// The letter helper ("Write my letter") in the browser: each letter from the first question to the finished letter,
// at 320 px and on a desktop, with and without JavaScript; Change, Back, editing, copy, print and email; privacy
// (nothing stored, sent or put in an address; fields empty after Exit and Back); hostile input; errors; axe.
// "Today" is Playwright's clock; every expected letter is written by the same code from src/data/, so a change of
// wording or timescale in the data never breaks a test, but a letter that drops an answer does.
import { test, expect, type Page } from '@playwright/test';
import { loadWording } from '../../src/lib/letters/load-wording.ts';
import { buildLetter } from '../../src/lib/letters/build.ts';
import { askWithinDays } from '../../src/lib/letters/ask-within.ts';
import { lastDayToAsk } from '../../src/lib/letters/deadlines.ts';
import { emailLink, MAX_MAILTO_LENGTH } from '../../src/lib/letters/mailto.ts';
import { letterQuestions, questionKinds } from '../../src/lib/letters/questions.ts';
import { letterIds, type Answers, type LetterId, type QuestionId } from '../../src/lib/letters/types.ts';
import { bankHolidayData } from '../../src/lib/bank-holidays.ts';
import { formatLongDate } from '../../src/lib/dates.ts';
import { fill } from '../../src/lib/letters/fill.ts';
import { exitDestination } from '../../src/data/navigation.ts';
import { axeViolations, axeViolationsEverywhere, colourSchemes, viewports } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { addWorkingDays, isoDay, utcDate } from '../../src/lib/working-days.ts';

const wording = loadWording();
const holidays = new Set(bankHolidayData.dates);
const NOW = new Date('2027-01-04T12:00:00Z');
const today = utcDate(2027, 1, 4);
const ctxFor = (letter: LetterId) => ({ today, holidays, askWithin: askWithinDays(letter) });
const complaintsEmail = 'FScomplaints@barnet.gov.uk';

/** The reply came 5 working days ago: in time. */
const recentReply = isoDay(addWorkingDays(utcDate(2026, 12, 14), 0, holidays));

/** A full set of answers that turns on every question a letter can ask. */
function fullAnswers(letter: LetterId): Answers {
  const all: Answers = {
    name: 'Sam Jones', worker: 'Alex Smith', reference: 'CF-1234', replyDate: recentReply,
    overAYear: 'no', happened: 'My contact with my brother was stopped on 3 November at my review.',
    affected: 'I feel upset and I cannot sleep.', putRight: 'I want to see my brother every week.',
    urgent: 'yes', urgentDate: '20 January 2027', attend: 'yes', otherPerson: 'my foster carer, Pat',
    advocate: 'have', advocateName: 'Jo Brown', help: 'Large print, please.', mayComplain: 'yes',
    contactBy: 'email', contactDetail: 'sam@example.org',
  };
  return Object.fromEntries(letterQuestions[letter].filter((id) => id in all).map((id) => [id, all[id]]));
}

const stepLocator = (page: Page) => page.locator('yv-letter-helper [data-yv-step]:visible');

async function currentStep(page: Page): Promise<string> {
  await expect(stepLocator(page)).toHaveCount(1);
  return (await stepLocator(page).getAttribute('data-yv-step'))!;
}

/** Answers the question on screen (or leaves it empty) and presses Continue. */
async function answerStep(page: Page, id: QuestionId, value: string | undefined) {
  const form = page.locator(`form[data-yv-step="${id}"]`);
  const kind = questionKinds[id];
  if (value !== undefined && kind === 'radios') await form.locator(`input[value="${value}"]`).check();
  else if (value !== undefined && kind === 'date') {
    const [year, month, day] = value.split('-');
    await form.getByLabel('Day').fill(String(Number(day)));
    await form.getByLabel('Month').fill(String(Number(month)));
    await form.getByLabel('Year').fill(year!);
  } else if (value !== undefined) await form.locator(`[name="${id}"]`).fill(value);
  await form.getByRole('button', { name: 'Continue' }).click();
}

/** Walks the questions until "Check your answers", answering from `answers` and leaving the rest empty. */
async function walk(page: Page, answers: Answers, onStep?: (id: string) => Promise<void>): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let i = 0; i < 30; i += 1) {
    const step = await currentStep(page);
    if (onStep) await onStep(step);
    if (step === 'check') return asked;
    asked.push(step as QuestionId);
    await answerStep(page, step as QuestionId, answers[step as QuestionId]);
  }
  throw new Error('the questions never ended');
}

async function open(page: Page, letter: LetterId) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`write/${letter}/`);
  await expect(page.locator('form[data-yv-step]:visible')).toHaveCount(1);
}

async function toLetter(page: Page) {
  await page.getByRole('button', { name: 'Write my letter' }).click();
  await expect(page.getByRole('heading', { name: 'Your letter' })).toBeFocused();
}

const letterBox = (page: Page) => page.getByLabel('You can change the words of your letter here');

for (const viewport of viewports) {
  for (const letter of letterIds) {
    test(`${letter} end to end at ${viewport.name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, letter);
      const answers = fullAnswers(letter);
      const asked = await walk(page, answers);
      const expected = buildLetter(letter, answers, wording, ctxFor(letter));
      // Every question the letter has was asked (whyNow only follows a late or old complaint).
      expect(asked).toEqual(letterQuestions[letter].filter((id) => id !== 'whyNow'));
      await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
      await expect(page.locator('[data-yv-row="happened"] [data-yv-value]')).toHaveText(answers.happened!);
      await toLetter(page);
      await expect(letterBox(page)).toHaveValue(expected.text);
      expect(expected.text).toContain(formatLongDate(today).replace(/^\w+ /, ''));
      const email = page.locator('[data-yv-email]');
      const link = emailLink(letter === 'explain-a-decision' ? '' : complaintsEmail, expected.subject, expected.text);
      await expect(email).toHaveAttribute('href', link.href);
      if (letter !== 'explain-a-decision') await expect(page.locator('[data-yv-urgent]')).toBeVisible();
      // Nothing the young person typed is in the address, at any point.
      expect(page.url()).not.toMatch(/Sam|brother|example/);
      expect(await page.evaluate(() => JSON.stringify(history.state))).not.toMatch(/Sam|brother|example/);
    });
  }
}
