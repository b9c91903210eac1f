// The letter helper ("Write my letter") in the browser: each letter from the first question to the finished letter,
// at 320 px and on a desktop, with and without JavaScript; Change, Back, editing, copy, print and email; privacy
// (nothing stored, sent or put in an address; fields empty after Exit and Back); hostile input; errors; axe.
// "Today" is Playwright's clock; every expected letter is written by the same code from src/data/, so a change of
// wording or timescale in the data never breaks a test, but a letter that drops an answer does.
import { test, expect, type Page } from '../support/test.ts';
import { extractText, getDocumentProxy } from 'unpdf';
import { readEntries, readLetterWording } from '../../src/loaders/data-files.ts';
import { buildLetter } from '../../src/lib/letters/build.ts';
import { letterContext } from '../../src/lib/letters/context.ts';
import { lastDayToAsk } from '../../src/lib/letters/deadlines.ts';
import { emailLink, MAX_MAILTO_LENGTH } from '../../src/lib/letters/mailto.ts';
import { letterQuestions, questionKinds } from '../../src/lib/letters/questions.ts';
import { letterIds, type Answers, type LetterId, type QuestionId } from '../../src/lib/letters/types.ts';
import { bankHolidayData } from '../../src/loaders/bank-holidays.ts';
import { formatLongDate } from '../../src/lib/dates.ts';
import { fill } from '../../src/lib/letters/fill.ts';
import { exitDestination } from '../../src/data/exit.ts';
import { axeViolations, axeViolationsEverywhere, colourSchemes, viewports } from '../support/axe.ts';
import { blockPageScripts } from '../support/no-script.ts';
import { utcDate } from '../../src/lib/working-days.ts';

const wording = readLetterWording();
const holidays = new Set(bankHolidayData.dates);
const NOW = new Date('2027-01-04T12:00:00Z');
const today = utcDate(2027, 1, 4);
const ctxFor = (letter: LetterId) => letterContext(letter, today, holidays);
/** The Complaints Officer, as contacts.yaml gives them: where every letter but the one to a worker goes. */
const complaintsOfficer = readEntries('contacts').find((contact) => contact.id === 'complaints-officer')!;
const complaintsEmail = complaintsOfficer.email!;

/** A reply three weeks before "today", inside the usual time to ask (checked in the unit tests). */
const recentReply = '2026-12-14';

/** A full set of answers that turns on every question a letter can ask. */
function fullAnswers(letter: LetterId): Answers {
  const all: Answers = {
    name: 'Sam Jones',
    worker: 'Alex Smith',
    reference: 'CF-1234',
    replyDate: recentReply,
    overAYear: 'no',
    happened: 'My contact with my brother was stopped on 3 November at my review.',
    affected: 'I feel upset and I cannot sleep.',
    putRight: 'I want to see my brother every week.',
    urgent: 'yes',
    urgentWhat: 'I am being moved to a new placement.',
    urgentDate: '20 January 2027',
    attend: 'yes',
    otherPerson: 'my foster carer, Pat',
    advocate: 'have',
    advocateName: 'Jo Brown',
    help: 'Large print, please.',
    mayComplain: 'yes',
    contactBy: 'email',
    contactDetail: 'sam@example.org',
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

// Every test below runs in both builds: at the domain root and in the folder /guide/ (playwright.config.ts).
test.describe('in both builds', { tag: '@guide' }, () => {
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

  test('Change links go back to the question, keep the answer, and return to "Check your answers"', async ({
    page,
  }) => {
    await open(page, 'stage-1');
    await walk(page, { name: 'Sam', happened: 'I was moved.', advocate: 'want' });
    await page.getByRole('link', { name: 'Change your name' }).click();
    await expect(page.getByLabel('What is your name?')).toHaveValue('Sam');
    await expect(page.getByRole('heading', { name: 'What is your name?' })).toBeFocused();
    await answerStep(page, 'name', 'Sam Jones');
    expect(await currentStep(page)).toBe('check');
    await expect(page.locator('[data-yv-row="name"] [data-yv-value]')).toHaveText('Sam Jones');
    // A change that brings in a new question asks it before going back.
    await page.getByRole('link', { name: 'Change advocate' }).click();
    await answerStep(page, 'advocate', 'have');
    expect(await currentStep(page)).toBe('advocateName');
    await answerStep(page, 'advocateName', 'Jo Brown');
    expect(await currentStep(page)).toBe('check');
    await expect(page.locator('[data-yv-row="advocateName"]')).toBeVisible();
    await expect(page.locator('[data-yv-row="advocate"] [data-yv-value]')).toHaveText('I already have one');
    await toLetter(page);
    await expect(letterBox(page)).toHaveValue(/My advocate is Jo Brown\./);
  });

  test('Back works at every step, with the browser and with the Back link, and answers survive it', async ({
    page,
  }) => {
    await open(page, 'explain-a-decision');
    await answerStep(page, 'name', 'Sam');
    await answerStep(page, 'worker', 'Alex');
    await page.goBack();
    expect(await currentStep(page)).toBe('worker');
    await expect(page.getByLabel('What is the name of your social worker or PA?')).toHaveValue('Alex');
    await page.locator('form[data-yv-step="worker"]').getByRole('link', { name: 'Back' }).click();
    expect(await currentStep(page)).toBe('name');
    await expect(page.getByLabel('What is your name?')).toHaveValue('Sam');
    await page.goForward();
    expect(await currentStep(page)).toBe('worker');
    await answerStep(page, 'worker', 'Alex');
    await walk(page, { happened: 'My allowance stopped.' });
    await toLetter(page);
    await page.goBack();
    expect(await currentStep(page)).toBe('check');
    await page.goBack();
    expect(await currentStep(page)).toBe('contactBy');
    await page.goForward();
    await page.goForward();
    await expect(letterBox(page)).toHaveValue(/My allowance stopped\./);
    // On the first question, Back leaves for the list of letters.
    await page.goto('write/stage-2/');
    await page.locator('form[data-yv-step="name"]').getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(/\/write\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a letter');
  });

  test('editing the letter: a later change of answers keeps the edit and offers "Update the letter" or "Keep my version"', async ({
    page,
  }) => {
    await open(page, 'stage-1');
    await walk(page, { name: 'Sam', happened: 'I was moved.' });
    await toLetter(page);
    const box = letterBox(page);
    const edited = `${await box.inputValue()}\n\nP.S. My own words.`;
    await box.fill(edited);
    // The printed copy and the email link follow the edit.
    await expect(page.locator('[data-yv-paper-text]')).toHaveText(edited, { useInnerText: false });
    expect(decodeURIComponent((await page.locator('[data-yv-email]').getAttribute('href'))!)).toContain(
      'P.S. My own words.',
    );
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.getByRole('link', { name: 'Change your name' }).click();
    await answerStep(page, 'name', 'Samira');
    await toLetter(page);
    await expect(box).toHaveValue(edited);
    await expect(page.getByRole('button', { name: 'Update the letter' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep my version' }).click();
    await expect(box).toHaveValue(edited);
    await expect(page.getByRole('button', { name: 'Update the letter' })).toBeHidden();
    // Going back and forward again without a change does not ask again.
    await page.goBack();
    await toLetter(page);
    await expect(page.getByRole('button', { name: 'Update the letter' })).toBeHidden();
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.getByRole('link', { name: 'Change what happened' }).click();
    await answerStep(page, 'happened', 'I was moved twice.');
    await toLetter(page);
    await page.getByRole('button', { name: 'Update the letter' }).click();
    const expected = buildLetter(
      'stage-1',
      { name: 'Samira', happened: 'I was moved twice.' },
      wording,
      ctxFor('stage-1'),
    );
    await expect(box).toHaveValue(expected.text);
  });

  test('Copy the letter puts it on the clipboard and says "Copied"', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await open(page, 'stage-2');
    await walk(page, { happened: 'The reply did not say why.' });
    await toLetter(page);
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    await expect(page.locator('[data-yv-status]')).toHaveText('Copied');
    await expect(page.locator('[data-yv-status]')).toHaveAttribute('aria-live', 'polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letterBox(page).inputValue());
  });

  test('without a clipboard, Copy selects the letter and says how to copy it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('no clipboard')) },
      });
    });
    await open(page, 'stage-1');
    await walk(page, { happened: 'I was moved.' });
    await toLetter(page);
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    await expect(page.locator('[data-yv-status]')).toContainText('Your letter is selected');
    await expect(letterBox(page)).toBeFocused();
    const selected = await page.evaluate(() => {
      const box = document.querySelector<HTMLTextAreaElement>('[data-yv-letter]')!;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(selected).toBe(await letterBox(page).inputValue());
  });

  test('printing the letter prints the letter alone, as text, with where to send it', async ({ page }) => {
    await open(page, 'stage-3');
    const story = 'The investigator did not speak to me. '.repeat(40).trim();
    await walk(page, { name: 'Sam', happened: story });
    await toLetter(page);
    await page.emulateMedia({ media: 'print' });
    const paper = page.locator('[data-yv-paper]');
    await expect(paper).toBeVisible();
    await expect(page.locator('[data-yv-paper-text]')).toHaveText(await letterBox(page).inputValue(), {
      useInnerText: false,
    });
    await expect(paper).toContainText(complaintsEmail);
    // The postcode, the last line of the address.
    await expect(paper).toContainText(complaintsOfficer.post!.at(-1)!);
    for (const hidden of ['header', 'footer', '.yv-print-footer', 'textarea', '.yv-safety', '.yv-lh-help', 'h1']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    // Not a text box cut off at its height: the whole letter is on paper.
    const box = await page.locator('[data-yv-paper-text]').boundingBox();
    expect(box!.height).toBeGreaterThan(300);
    await page.emulateMedia({ media: 'screen' });
    await expect(paper).toBeHidden();
  });

  test('a letter too long for an email link copies first and opens the email with the subject only', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await open(page, 'stage-1');
    const story = 'a'.repeat(3000);
    await walk(page, { happened: story });
    await toLetter(page);
    const email = page.locator('[data-yv-email]');
    await expect(email).toHaveText('Copy the letter and open your email');
    const subject = buildLetter('stage-1', { happened: story }, wording, ctxFor('stage-1')).subject;
    await expect(email).toHaveAttribute('href', `mailto:${complaintsEmail}?subject=${encodeURIComponent(subject)}`);
    // Opening the mail app is the browser's business; stop it here and check the copy happened first.
    await page.evaluate(() =>
      document.querySelector('[data-yv-email]')!.addEventListener('click', (e) => e.preventDefault()),
    );
    await email.click();
    await expect(page.locator('[data-yv-status]')).toHaveText('Your letter is copied. Paste it into your email.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letterBox(page).inputValue());
    // Shortened in the box, the link carries the letter again.
    await letterBox(page).fill('Dear Complaints Officer,\n\nShort.');
    await expect(email).toHaveText('Open in your email app');
    expect((await email.getAttribute('href'))!.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    await expect(email).toHaveAttribute('href', /&body=Dear%20Complaints%20Officer%2C%0D%0A%0D%0AShort\.$/);
  });

  test('the letter to a worker opens an email with no address, for them to add', async ({ page }) => {
    await open(page, 'explain-a-decision');
    await walk(page, { happened: 'My allowance stopped.' });
    await toLetter(page);
    await expect(page.locator('[data-yv-email]')).toHaveAttribute('href', /^mailto:\?subject=/);
    // Opening the email app does not leave the page, so the letter is still there (pagehide would have cleared it).
    const letter = await letterBox(page).inputValue();
    await page.locator('[data-yv-email]').click();
    await expect(letterBox(page)).toHaveValue(letter);
  });

  test('nothing is stored, sent or put in an address while answering', async ({ page, context }) => {
    const requests: string[] = [];
    await open(page, 'stage-2');
    page.on('request', (r) => requests.push(r.url()));
    const secret = 'Secret-Answer-42';
    const urls: string[] = [];
    await walk(
      page,
      { name: secret, worker: secret, reference: secret, happened: secret, affected: secret, putRight: secret },
      async () => {
        urls.push(page.url());
        expect(JSON.stringify(await page.evaluate(() => history.state))).not.toContain(secret);
      },
    );
    await page
      .getByLabel('What is your name?')
      .pressSequentially('more typing', { delay: 5 })
      .catch(() => undefined);
    await toLetter(page);
    await letterBox(page).pressSequentially(' and some more', { delay: 5 });
    expect(urls.every((url) => !url.includes(secret))).toBe(true);
    expect(page.url()).not.toContain(secret);
    expect(requests, 'requests while typing and moving between questions').toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
    expect(await context.cookies()).toEqual([]);
    // Fields the browser might remember are marked so.
    for (const field of await page.locator('yv-letter-helper input[type="text"], yv-letter-helper textarea').all()) {
      const own = await field.getAttribute('autocomplete');
      const form = await field.evaluate((el) => el.closest('form')?.getAttribute('autocomplete') ?? null);
      expect(own === 'off' || form === 'off').toBe(true);
    }
  });

  test('after "Exit this page", Back shows empty fields', async ({ page }) => {
    await page.route(exitDestination, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }),
    );
    await open(page, 'stage-1');
    await answerStep(page, 'name', 'Sam');
    await page.locator('form[data-yv-step="worker"] input').fill('Alex');
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await expect(page).toHaveTitle('Weather');
    await page.goBack();
    await expect(page.locator('form[data-yv-step]:visible')).toHaveCount(1);
    for (const field of await page.locator('yv-letter-helper input[type="text"], yv-letter-helper textarea').all()) {
      await expect(field).toHaveValue('');
    }
    expect(await page.locator('yv-letter-helper input:checked').count()).toBe(0);
  });

  test('the page clears itself on pagehide, so the back-forward cache keeps nothing', async ({ page }) => {
    await open(page, 'stage-1');
    await walk(page, { name: 'Sam', happened: 'I was moved.' });
    await toLetter(page);
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    expect(await currentStep(page)).toBe('name');
    await expect(letterBox(page)).toHaveValue('');
    await expect(page.locator('[data-yv-paper-text]')).toHaveText('');
    for (const field of await page.locator('yv-letter-helper input[type="text"], yv-letter-helper textarea').all()) {
      await expect(field).toHaveValue('');
    }
  });

  test('hostile input: markup in an answer stays text, and a 3,000-character story reaches the letter', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await open(page, 'stage-1');
    const markup = '<img src=x onerror=alert(1)><b>bold</b> {name} $&';
    const story = 'They did not listen to me. '.repeat(112).slice(0, 3000);
    await walk(page, { name: markup, happened: story });
    await expect(page.locator('[data-yv-row="name"] [data-yv-value]')).toHaveText(markup);
    expect(await page.locator('[data-yv-row="name"] [data-yv-value] *').count()).toBe(0);
    await toLetter(page);
    const text = await letterBox(page).inputValue();
    expect(text).toContain(markup);
    expect(text).toContain(story.trim());
    expect(await page.locator('[data-yv-paper-text] *').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('errors the GOV.UK way: a summary that takes focus, no alert role, nothing typed lost', async ({ page }) => {
    await open(page, 'stage-2');
    await answerStep(page, 'name', 'Sam');
    await answerStep(page, 'worker', undefined);
    await answerStep(page, 'reference', undefined);
    const dateForm = page.locator('form[data-yv-step="replyDate"]');
    await dateForm.getByLabel('Day').fill('31');
    await dateForm.getByLabel('Month').fill('2');
    await dateForm.getByLabel('Year').fill('2026');
    await dateForm.getByRole('button', { name: 'Continue' }).click();
    const summary = dateForm.locator('[data-yv-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAttribute('tabindex', '-1');
    await expect(summary).toContainText('must be a real date');
    await expect(page).toHaveTitle(/^Error: /);
    await expect(dateForm.getByLabel('Day')).toHaveValue('31');
    await expect(dateForm.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    await summary.getByRole('link').click();
    await expect(dateForm.getByLabel('Day')).toBeFocused();
    await dateForm.getByLabel('Day').fill('1');
    await dateForm.getByRole('button', { name: 'Continue' }).click();
    await expect(page).not.toHaveTitle(/^Error: /);
    // 1 February 2026 is long past the usual last day: "why now" is asked.
    expect(await currentStep(page)).toBe('whyNow');
    await answerStep(page, 'whyNow', 'I was in hospital.');
    const happened = page.locator('form[data-yv-step="happened"]');
    await happened.getByRole('button', { name: 'Continue' }).click();
    await expect(happened.locator('[data-yv-error-summary]')).toBeFocused();
    await expect(happened.locator('[data-yv-error-summary]')).toContainText('Enter what the reply did not sort out');
    await expect(happened.locator('textarea')).toHaveAttribute('aria-describedby', /q-happened-error/);
    await answerStep(page, 'happened', 'It did not answer me.');
    expect(await currentStep(page)).toBe('affected');
  });

  test('Stages 2 and 3 show the usual last day to ask, worked out from the reply date', async ({ page }) => {
    for (const letter of ['stage-2', 'stage-3'] as const) {
      await open(page, letter);
      await walk(page, { replyDate: recentReply, happened: 'It was not fair.' });
      const last = lastDayToAsk({ replyDate: recentReply }, ctxFor(letter))!;
      const expected = fill(wording.letters[letter].deadline!, { date: formatLongDate(last) });
      await expect(page.locator('[data-yv-step="check"] [data-yv-deadline]')).toHaveText(expected);
      await toLetter(page);
      await expect(page.locator('[data-yv-step="letter"] [data-yv-deadline]')).toHaveText(expected);
    }
  });

  test('the urgent answer tells them to call the Complaints Officer today', async ({ page }) => {
    await open(page, 'stage-1');
    await walk(page, { happened: 'They are moving me.', urgent: 'yes', urgentDate: '20 January 2027' });
    await toLetter(page);
    const urgent = page.locator('[data-yv-urgent]');
    await expect(urgent).toBeVisible();
    await expect(urgent.getByRole('link', { name: complaintsOfficer.phone!.display })).toHaveAttribute('href', /^tel:/);
    await expect(letterBox(page)).toHaveValue(/20 January 2027/);
  });

  test.describe('without JavaScript', () => {
    test.beforeEach(async ({ context }) => {
      await blockPageScripts(context);
    });

    for (const letter of letterIds) {
      test(`${letter} is a planner to print: the same prompts, where to send it, who can help, at most 2 A4 pages`, async ({
        page,
      }) => {
        await page.goto(`write/${letter}/`);
        const planner = page.locator('[data-yv-planner]');
        await expect(planner).toBeVisible();
        await expect(page.locator('form[data-yv-step]:visible')).toHaveCount(0);
        for (const id of letterQuestions[letter]) {
          const label = { ...wording.questions[id], ...wording.letters[letter].questions[id] }.label;
          await expect(planner.getByText(label, { exact: true })).toBeVisible();
        }
        await expect(page.locator('.yv-safety')).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Who can help you write it' })).toBeVisible();
        const sendTo = page.getByRole('heading', { name: 'Where to send it' });
        await expect(sendTo).toBeVisible();
        if (letter !== 'explain-a-decision')
          await expect(page.getByRole('group', { name: complaintsOfficer.name })).toContainText(complaintsEmail);
        await page.emulateMedia({ media: 'print' });
        const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
        const { totalPages, text } = await extractText(pdf, { mergePages: true });
        expect(totalPages, 'printed pages').toBeLessThanOrEqual(2);
        expect(text.replace(/\s+/g, ' ')).toContain(wording.letters[letter].sendTo);
      });
    }
  });

  // Stage 3 has every kind of question (text, long text, choices, a date) and the most steps; letter 1 the other ending.
  for (const letter of ['stage-3', 'explain-a-decision'] as const) {
    test(`axe: every step of ${letter}, and its errors, in light and dark`, async ({ page }) => {
      test.setTimeout(600_000);
      const found: string[] = [];
      const check = async (label: string) => {
        for (const colorScheme of colourSchemes) {
          await page.emulateMedia({ colorScheme });
          found.push(...(await axeViolations(page)).map((v) => `[${label} ${colorScheme}] ${v}`));
        }
      };
      await open(page, letter);
      const answers = { ...fullAnswers(letter), replyDate: '2026-11-02', name: undefined };
      await walk(page, answers, (step) => check(`${letter} ${step}`));
      await toLetter(page);
      found.push(...(await axeViolationsEverywhere(page)).map((v) => `${letter} letter ${v}`));
      await page.getByRole('link', { name: 'Change your answers' }).click();
      await page.locator('[data-yv-change="happened"]').click();
      await page.locator('form[data-yv-step="happened"] textarea').fill('');
      await page.locator('form[data-yv-step="happened"]').getByRole('button', { name: 'Continue' }).click();
      await check(`${letter} error`);
      expect(found).toEqual([]);
    });
  }
});
