// A real on-device voice for the Listen test with a real voice (tests/browser/listen-real-voice.spec.ts): Chromium on
// Linux speaks through speech-dispatcher, here with the espeak-ng engine. As root on Debian or Ubuntu it installs
// Debian's packages if they are missing; elsewhere it names the command to run.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptInstall, canAptInstall } from './apt-install.mjs';

export const voicePackages = ['speech-dispatcher', 'speech-dispatcher-espeak-ng'];
/** The files the test needs: the daemon, which Chromium starts itself, and its espeak-ng module. */
export const voiceFiles = ['/usr/bin/speech-dispatcher', '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'];

export const hasVoice = () => voiceFiles.every((file) => existsSync(file));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!hasVoice() && canAptInstall()) aptInstall(voicePackages);
  if (!hasVoice()) {
    console.error(`No speech-dispatcher with espeak-ng: run "sudo apt-get install -y ${voicePackages.join(' ')}".`);
    process.exit(1);
  }
  console.log(`A voice: ${voiceFiles.join(', ')}`);
}
