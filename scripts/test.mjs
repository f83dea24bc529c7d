// The test command: prerequisites, a type-checked build, then node:test over every compiled test file.
// `npm test -- catalog lab/scenarios` runs only the test files whose path contains one of the words.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const step = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(process.execPath, ['scripts/test-prereqs.mjs']);
rmSync('dist', { recursive: true, force: true });
step(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);

const filters = process.argv.slice(2);
const files = readdirSync('dist/test', { recursive: true })
  .map((f) => join('dist/test', String(f)))
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  console.error(`No test files match ${filters.join(' ')}`);
  process.exit(1);
}
step(process.execPath, ['--test', '--test-concurrency=4', '--test-reporter=spec', ...files]);
