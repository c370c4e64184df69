// The replica console and the screenshots are mostly Chinese: without a CJK font every character
// is drawn as a box. Chromium on Linux finds fonts through fontconfig, so ask fontconfig.
import { spawnSync } from 'node:child_process';

const ADVICE = 'Install one, then run the demo again:  sudo apt-get install fonts-noto-cjk   (Debian / Ubuntu)';

/** A paragraph saying what is missing, or undefined when a Chinese font is there (or the platform is not Linux). */
export function missingCjkFont({ fcListCommand = 'fc-list', platform = process.platform } = {}) {
  if (platform !== 'linux') return undefined;
  const fcList = spawnSync(fcListCommand, [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fcList.error)
    return `Cannot tell whether a Chinese font is installed (fc-list: ${fcList.error.message}); without one the Chinese text shows as boxes.\n${ADVICE}`;
  if (fcList.stdout.trim()) return undefined;
  return `No Chinese (CJK) font found: every Chinese character on the console pages and in the screenshots will be a box.\n${ADVICE}`;
}
