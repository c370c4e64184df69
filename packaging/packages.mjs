// Where `npm run zip` puts the store packages (WXT's default names: <name>-<version>-<target>.zip).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @param {'chrome' | 'firefox' | 'sources'} target */
export const packagePath = (target) => join(root, '.output', `${name}-${version}-${target}.zip`);
