// Listen with a real voice of the machine: Chromium on Linux speaks through speech-dispatcher (with
// --enable-speech-dispatcher), here with espeak-ng, Debian packages npm test installs (scripts/find-voice.mjs). Its own
// Chromium starts a speech-dispatcher of its own (its own runtime folder and settings, so it never meets another
// one): sound goes to ALSA's null device, as a test machine has no sound card, but the voice is the real engine's, and
// its events are the ones Listen waits for. It reads the short "page not found" page to the end: each sentence's end
// event must arrive for the next to be said, and the control only returns to "Listen to this page" after the last.
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/test.ts';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { hasVoice, voicePackages } from '../../scripts/find-voice.mjs';

type Heard = { text: string; voice: string | null; events: string[] };

test('a real on-device voice (speech-dispatcher with espeak-ng) reads a short page to its end', async ({ baseURL }) => {
  // A voice that never ends keeps Chromium's close waiting half a minute: room for the failure to be reported.
  test.setTimeout(120_000);
  expect(hasVoice(), `speech-dispatcher with espeak-ng: apt-get install ${voicePackages.join(' ')}`).toBe(true);
  const home = mkdtempSync(join(tmpdir(), 'listen-voice-'));
  const runtime = join(home, 'run');
  mkdirSync(runtime, { mode: 0o700 });
  mkdirSync(join(home, '.config', 'speech-dispatcher'), { recursive: true });
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\n');
  writeFileSync(
    join(home, '.config', 'speech-dispatcher', 'speechd.conf'),
    [
      'AudioOutputMethod "alsa"',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultModule espeak-ng',
      'DefaultLanguage "en"',
      // The daemon leaves 10 seconds after its last client.
      'Timeout 10',
      '',
    ].join('\n'),
  );
  const browser = await chromium.launch({
    executablePath: findChromium()!,
    args: ['--no-sandbox', '--disable-gpu', '--enable-speech-dispatcher'],
    env: { ...process.env, HOME: home, XDG_RUNTIME_DIR: runtime, XDG_CONFIG_HOME: join(home, '.config') },
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseURL}this-page-does-not-exist/`);
    await expect(page.locator('h1')).toHaveText('Page not found');
    // Chromium lists speech-dispatcher's voices a moment after the page asks for them: the control appears then.
    const listen = page.getByRole('button', { name: 'Listen to this page', exact: true });
    await expect(listen).toBeVisible({ timeout: 20_000 });

    // What the real engine reports for each utterance, as it comes.
    await page.evaluate(() => {
      const heard: Heard[] = [];
      (window as unknown as { heard: Heard[] }).heard = heard;
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (utterance) => {
        const entry: Heard = { text: utterance.text, voice: utterance.voice?.name ?? null, events: [] };
        heard.push(entry);
        for (const type of ['start', 'end', 'error'] as const)
          utterance.addEventListener(type, () => entry.events.push(type));
        speak(utterance);
      };
    });
    await listen.click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await expect(listen, 'the last sentence ended').toBeVisible({ timeout: 30_000 });
    const heard = await page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
    // The blank utterance the tap says first (to wake iPhones) is cancelled by the reading it makes way for.
    expect(heard[0]!.text.trim()).toBe('');
    const said = heard.slice(1);
    // The page's own words, block by block (each is one sentence here).
    const blocks = await page.locator('main :is(h1, p, li)').allTextContents();
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(said.map((utterance) => utterance.text)).toEqual(blocks.map((block) => block.trim()));
    for (const utterance of said) {
      expect(utterance.events, utterance.text).toEqual(['start', 'end']);
      // Listen chose the device's British English voice.
      expect(utterance.voice).toBe('English (Great Britain) espeak-ng');
    }
  } finally {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
  }
});
