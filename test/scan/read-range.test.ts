// Tests readRange: exact byte ranges in 1 MiB chunks through two reused buffers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRange } from '../../src/scan/read-range.js';

test('yields exactly the bytes of the range, in chunks of at most 1 MiB that take turns in two buffers', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-read-range-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'data.bin');
  const data = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 77 }, (_, i) => (i * 31) % 251));
  writeFileSync(path, data);
  for (const [start, end] of [[0, data.length], [5, 1024 * 1024 + 9], [100, 100], [data.length - 3, data.length + 50]] as const) {
    const copies: Buffer[] = [];
    const backing = new Set<ArrayBuffer>();
    for await (const chunk of readRange(path, start, end)) {
      assert.ok(chunk.length <= 1024 * 1024);
      backing.add(chunk.buffer as ArrayBuffer);
      copies.push(Buffer.from(chunk));
    }
    assert.deepEqual(Buffer.concat(copies), data.subarray(start, end), `${start}-${end}`);
    assert.ok(backing.size <= 2, 'two buffers are reused');
  }
});

test('a consumer that stops after the first chunk leaves no read in flight and the file closed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-read-range-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'data.bin');
  writeFileSync(path, Buffer.alloc(4 * 1024 * 1024, 0x61));
  const before = readdirSync('/proc/self/fd').length;
  for await (const chunk of readRange(path, 0, 4 * 1024 * 1024)) {
    assert.equal(chunk.length, 1024 * 1024);
    break;
  }
  assert.equal(readdirSync('/proc/self/fd').length, before);
});
