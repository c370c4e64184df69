// Unpacks a store package into a fresh temporary folder: the tests and the Firefox lint check the
// zip that would be uploaded, not only the build folder it was made from.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

/** @returns {Promise<string>} the folder it was unpacked into */
export async function unzipToTemp(zipPath, prefix = 'mpg-package-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, entry.name);
    if (!target.startsWith(dir)) throw new Error(`Unsafe path in ${zipPath}: ${entry.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return dir;
}
