// The test command: prerequisites, a type-checked build, then node:test over every compiled test file.
// `npm test -- catalog lab/scenarios` runs only the test files whose path contains one of the words.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const step = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(process.execPath, ['scripts/test-prereqs.mjs']);
// A fresh build swapped in whole: no stale test files, and dist/ stays a runnable CLI during and after the tests.
step(process.execPath, ['scripts/build.mjs']);

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
// The tests get a temp dir of their own (sticky and world-writable like /tmp, for the runs as nobody), so that
// whatever a test leaves behind is caught here instead of piling up in /tmp.
const testTmp = mkdtempSync(join(tmpdir(), 'socklab-test-'));
chmodSync(testTmp, 0o1777);
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=4', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, TMPDIR: testTmp } });
const leftovers = readdirSync(testTmp);
rmSync(testTmp, { recursive: true, force: true });
if (run.status !== 0) process.exit(run.status ?? 1);
if (leftovers.length > 0) {
  console.error(`The tests left files in their temp dir: ${leftovers.join(', ')}. Each test must remove what it creates.`);
  process.exit(1);
}
