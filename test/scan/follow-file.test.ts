// Tests following a file: growth is read, a truncated file is read again from the start, abort ends it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followFile } from '../../src/scan/follow-file.js';

test('reads what is appended, rereads after truncation, stops on abort', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-follow-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'f.log');
  writeFileSync(path, 'first line\n');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const seen: string[] = [];
  for await (const chunk of followFile(path, { signal: controller.signal, pollMs: 10 })) {
    seen.push(chunk.toString());
    if (seen.length === 1) appendFileSync(path, 'second line\n');
    if (seen.length === 2) writeFileSync(path, 'new\n');
    if (seen.length === 3) controller.abort();
  }
  clearTimeout(timer);
  assert.deepEqual(seen, ['first line\n', 'second line\n', 'new\n']);
});
