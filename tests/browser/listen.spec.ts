// Listen with a fake speechSynthesis (tests/support/fake-speech.ts): the control shows only with a voice of the device
// in English; it reads the main content in order and nothing else; the highlight follows the engine's events; Pause,
// Resume, Stop and Slower; the keyboard and what a screen reader is told; Exit stops speech first; no request while
// listening; the stage tool and the letter helper. Tests tagged @guide also run at /guide/.
import { test, expect, type Page } from '../support/test.ts';
import { exitDestination } from '../../src/data/exit.ts';
import { axeViolationsEverywhere } from '../support/axe.ts';
import { walkToAnOutcome } from '../support/stage-tool.ts';
import { deviceAndServerVoices, fakeSpeech, speakToTheEnd, speechLog } from '../support/fake-speech.ts';

const listenButton = (page: Page, name = 'Listen to this page') => page.getByRole('button', { name, exact: true });
const group = (page: Page) => page.getByRole('group', { name: 'Listen' });

/** The words of the main content's blocks as the screen shows them, for comparing with what was said. */
function shownBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blocks = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, summary, th, td, caption';
    return [...document.querySelectorAll<HTMLElement>(`main :is(${blocks})`)]
      .filter((block) => !block.querySelector(blocks) && block.checkVisibility())
      .filter((block) => !block.closest('nav, yv-listen, button, [aria-hidden="true"]'))
      .map((block) => {
        const copy = block.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.yv-visually-hidden, [hidden], button, svg').forEach((hidden) => hidden.remove());
        return copy.textContent ?? '';
      });
  });
}

/** Letters only, with email addresses as they are said: what written and spoken text must share. */
const letters = (text: string) =>
  text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (address) => address.replace('@', ' at ').replace(/\./g, ' dot '))
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Every block's words were said, in the order the page shows them. */
function expectSaidInOrder(blocks: string[], said: string[]) {
  const spoken = letters(said.join(' '));
  let at = 0;
  for (const block of blocks) {
    const words = letters(block);
    if (!words) continue;
    const found = spoken.indexOf(words, at);
    expect(found, `"${block.trim()}" is said, after what comes before it`).toBeGreaterThanOrEqual(at);
    at = found + words.length;
  }
  expect(at, 'nothing is said after the last block').toBe(spoken.length);
}

const highlighted = (page: Page, name = 'yv-listen') =>
  page.evaluate((name) => {
    const mark = CSS.highlights.get(name);
    return mark ? [...mark].map((range) => range.toString()).join('') : null;
  }, name);

test('the control shows only where the device has an English voice of its own', { tag: '@guide' }, async ({ page }) => {
  await fakeSpeech(page, [
    { name: 'Online English', lang: 'en-GB', localService: false, default: true },
    { name: 'Device French', lang: 'fr-FR', localService: true, default: false },
  ]);
  await page.goto('stage-1/');
  await expect(page.locator('yv-listen')).toBeAttached();
  await expect(page.locator('yv-listen')).toBeEmpty();
  // A browser that finds its voices after loading shows the control when it does.
  await page.evaluate((voices) => window.fakeSpeech.setVoices(voices), deviceAndServerVoices);
  await expect(listenButton(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Help with Listen' })).toHaveAttribute('href', /accessibility\/#listen$/);
});

test('without speech synthesis or without JavaScript, nothing is shown', async ({ browser }) => {
  const page = await browser.newPage();
  await fakeSpeech(page, null);
  await page.goto('stage-1/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('yv-listen')).toBeEmpty();
  await page.close();
  const noScript = await browser.newPage({ javaScriptEnabled: false });
  await noScript.goto('stage-1/');
  await expect(noScript.locator('yv-listen')).toBeEmpty();
  await expect(noScript.getByRole('button', { name: /Listen/ })).toHaveCount(0);
  await noScript.close();
});

test(
  'it reads the main content in order, with the device voice, and not the header, footer or print-only text',
  { tag: '@guide' },
  async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('stage-1/');
    await listenButton(page).click();
    await expect.poll(async () => (await speechLog(page)).current?.voice).toBe('Device English');
    const said = await speakToTheEnd(page);
    expectSaidInOrder(await shownBlocks(page), said);
    expect(said[0]).toBe('Making a complaint: step 1 of 4');
    // The phone number, digit by digit in its groups.
    expect(said.join(' ')).toContain('0 2 0, 8 3 5 9, 7 0 0 8');
    const everything = said.join(' ');
    for (const elsewhere of [
      'Skip to main content',
      'Exit this page',
      'A guide for children in care and care leavers in Barnet',
      'This site sets no cookies',
      'Preview copy',
      'http',
    ])
      expect(everything).not.toContain(elsewhere);
    // At the end the control is as it was.
    await expect(listenButton(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  },
);

test('an Easy Read page is read in order, its words and not its pictures', { tag: '@guide' }, async ({ page }) => {
  await fakeSpeech(page);
  await page.goto('easy-read/how-to-complain/');
  await listenButton(page).click();
  await expect.poll(async () => (await speechLog(page)).current?.voice).toBe('Device English');
  const said = await speakToTheEnd(page);
  expectSaidInOrder(await shownBlocks(page), said);
  expect(said.slice(0, 2), 'the page starts with its name').toContain(await page.locator('h1').innerText());
});

test('the sentence and the word being said are highlighted, following the start, boundary and end events', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto('stage-1/');
  await listenButton(page).click();
  await expect.poll(() => highlighted(page)).toBe('Making a complaint: step 1 of 4');
  await page.evaluate(() => window.fakeSpeech.boundary('Making a '.length));
  await expect.poll(() => highlighted(page, 'yv-listen-word')).toBe('complaint:');
  await page.evaluate(() => window.fakeSpeech.end());
  await expect.poll(() => highlighted(page)).toBe('Stage 1: sorting it out locally');
  await expect.poll(() => highlighted(page, 'yv-listen-word')).toBeNull();
  // A phone number is one word: each of its spoken digits marks all of it.
  await page.evaluate(() => window.fakeSpeech.end());
  await expect.poll(() => highlighted(page)).toBe('Call the Complaints Officer on 020 8359 7008');
  const spoken = (await speechLog(page)).current!.text;
  await page.evaluate((at) => window.fakeSpeech.boundary(at), spoken.indexOf('8 3 5 9'));
  await expect.poll(() => highlighted(page, 'yv-listen-word')).toBe('020 8359 7008');
  // The highlight is in view, above the player at the foot of the screen.
  const box = await page.evaluate(() =>
    (CSS.highlights.get('yv-listen')!.values().next().value as Range).getBoundingClientRect(),
  );
  const bar = (await group(page).boundingBox())!;
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(bar.y);
});

test('Pause, Resume, Slower and Stop, by keyboard, named and with their states, and focus stays put', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto('stage-1/');
  await listenButton(page).focus();
  await page.keyboard.press('Enter');
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await expect(pause).toBeFocused();
  await expect(group(page)).toBeVisible();
  await page.evaluate(() => window.fakeSpeech.end());
  await expect.poll(async () => (await speechLog(page)).started.length).toBe(2);
  await expect(pause).toBeFocused();

  await page.keyboard.press('Space');
  const resume = page.getByRole('button', { name: 'Resume', exact: true });
  await expect(resume).toBeFocused();
  expect((await speechLog(page)).current, 'paused: nothing is being said').toBeNull();
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  // Resuming says the sentence it paused in again.
  await expect
    .poll(async () => (await speechLog(page)).started)
    .toEqual(['Making a complaint: step 1 of 4', 'Stage 1: sorting it out locally', 'Stage 1: sorting it out locally']);

  const slower = page.getByRole('button', { name: 'Slower' });
  await expect(slower).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(slower).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(slower).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await speechLog(page)).current?.rate).toBeLessThan(1);

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await speechLog(page)).current).toBeNull();
  await expect(listenButton(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  expect(await highlighted(page)).toBeNull();
});

for (const how of ['the Exit button', 'Shift 3 times'] as const) {
  test(`${how} stops speech before the page changes`, { tag: '@guide' }, async ({ page, context }) => {
    await context.route(`${new URL(exitDestination).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await fakeSpeech(page);
    await page.goto('stage-1/');
    await listenButton(page).click();
    await expect.poll(async () => (await speechLog(page)).current).not.toBeNull();
    const cancels: boolean[] = [];
    await page.exposeFunction('reportCancel', (leaving: boolean) => cancels.push(leaving));
    if (how === 'the Exit button') await page.locator('[data-yv-exit]').click();
    else for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expect(page).toHaveTitle('Weather');
    // The first cancel came while the page was still shown (the exit blanks it, and it then leaves).
    expect(cancels[0], 'speech was stopped before the page was blanked').toBe(false);
  });
}

test('hiding the page stops speech', async ({ page }) => {
  await fakeSpeech(page);
  await page.goto('stage-1/');
  await listenButton(page).click();
  await expect.poll(async () => (await speechLog(page)).current).not.toBeNull();
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect((await speechLog(page)).current).toBeNull();
  await expect(listenButton(page)).toBeVisible();
});

test(
  'listening makes no request but for the speech code, once, from this site; nothing is stored',
  { tag: '@guide' },
  async ({ page, context, baseURL }) => {
    await fakeSpeech(page);
    await page.goto('stage-1/');
    await expect(listenButton(page)).toBeVisible();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await listenButton(page).click();
    await expect.poll(async () => (await speechLog(page)).current).not.toBeNull();
    expect(requests.sort()).toEqual([`${baseURL}listen.css`, `${baseURL}listen.js`]);
    requests.length = 0;
    await speakToTheEnd(page);
    await listenButton(page).click();
    await page.evaluate(() => window.fakeSpeech.end());
    await page.getByRole('button', { name: 'Stop' }).click();
    expect(requests, 'no request while listening, or listening again').toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
  },
);

test(
  'the stage tool: each step and the outcome are read; a new step stops the reading',
  { tag: '@guide' },
  async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('which-stage/');
    const heading = page.locator('main h1');
    const start = await heading.textContent();
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(heading).not.toHaveText(start!);
    const step = (await heading.textContent())!.trim();
    await listenButton(page).click();
    await expect.poll(async () => (await speechLog(page)).current).not.toBeNull();
    // The engine says sentence after sentence until the step's question.
    const heard = await page.evaluate(async (step) => {
      for (let i = 0; i < 50 && !window.fakeSpeech.log.started.includes(step); i += 1) {
        window.fakeSpeech.end();
        await new Promise((done) => setTimeout(done, 0));
      }
      return window.fakeSpeech.log.started;
    }, step);
    expect(heard).toContain(step);
    expect((await speechLog(page)).current, 'still reading').not.toBeNull();
    await page.locator('[data-yv-answer]').first().click();
    await expect(page.locator('main h1')).not.toHaveText(step);
    await expect.poll(async () => (await speechLog(page)).current).toBeNull();
    await expect(listenButton(page)).toBeVisible();

    await walkToAnOutcome(page);
    await page.evaluate(() => (window.fakeSpeech.log.started.length = 0));
    await listenButton(page).click();
    await expect.poll(async () => (await speechLog(page)).current).not.toBeNull();
    const said = await speakToTheEnd(page);
    expectSaidInOrder(await shownBlocks(page), said);
  },
);

test(
  'the letter helper: "Listen to your letter" reads the letter, highlights it, and stops when it is edited',
  { tag: '@guide' },
  async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('write/explain-a-decision/');
    for (let i = 0; i < 30 && !(await page.getByRole('button', { name: 'Write my letter' }).isVisible()); i += 1) {
      const form = page.locator('form[data-yv-step]:visible');
      const required = form.locator('input[type="text"], textarea').first();
      if ((await required.count()) && !(await required.inputValue())) await required.fill('Sam Jones');
      const radio = form.locator('input[type="radio"]').first();
      if (await radio.count()) await radio.check();
      await form.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('button', { name: 'Write my letter' }).click();
    const letter = await page.getByLabel('You can change the words of your letter here').inputValue();
    await listenButton(page, 'Listen to your letter').click();
    await expect.poll(() => highlighted(page)).not.toBeNull();
    expect(letter.startsWith((await highlighted(page))!)).toBe(true);
    const said = await speakToTheEnd(page);
    expectSaidInOrder(letter.split('\n'), said);

    await listenButton(page, 'Listen to your letter').click();
    await expect.poll(async () => (await speechLog(page)).current).not.toBeNull();
    await page.getByLabel('You can change the words of your letter here').press('End');
    await page.keyboard.type(' More.');
    await expect.poll(async () => (await speechLog(page)).current).toBeNull();
    await expect(listenButton(page, 'Listen to your letter')).toBeVisible();
  },
);

test(
  'axe finds nothing with the control shown and while it plays, light and dark, 320 px and desktop',
  { tag: '@guide' },
  async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('stage-1/');
    await expect(listenButton(page)).toBeVisible();
    expect(await axeViolationsEverywhere(page)).toEqual([]);
    await listenButton(page).click();
    await page.evaluate(() => window.fakeSpeech.boundary(0));
    await expect(group(page)).toBeVisible();
    expect(await axeViolationsEverywhere(page)).toEqual([]);
  },
);
