// Runs npm scripts at the same time and reports each one's output and duration when it ends, so
// the checks that use one core each (lint, format, typecheck) share the machine's two instead of
// waiting for one another. Exits non-zero if any failed, after all have ended.
//   node scripts/run-parallel.mjs lint format:check typecheck test:unit
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>...');
  process.exit(2);
}

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const begin = Date.now();
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        const ok = code === 0;
        process.stdout.write(`\n── ${name}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(Date.now() - begin)} ──\n`);
        // Output of a passing step is kept short: its last lines say what ran.
        const text = Buffer.concat(output).toString();
        process.stdout.write(ok ? `${text.trimEnd().split('\n').slice(-8).join('\n')}\n` : text);
        resolve({ name, ok, ms: Date.now() - begin });
      });
    }),
);

const results = await Promise.all(runs);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(`\n${results.map((r) => `${r.name} ${seconds(r.ms)}`).join(' · ')} · together ${seconds(Date.now() - started)}`);
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
