// Tests readRange: exact byte ranges, each chunk read into the buffer the consumer gives at the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRange } from '../../src/scan/read-range.js';

test('yields exactly the bytes of the range, each chunk read into the buffer room() gives then', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-read-range-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'data.bin');
  const data = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 77 }, (_, i) => (i * 31) % 251));
  writeFileSync(path, data);
  const memory = Buffer.alloc(4 * 1024 * 1024);
  for (const [start, end] of [[0, data.length], [5, 1024 * 1024 + 9], [100, 100], [data.length - 3, data.length + 50]] as const) {
    const copies: Buffer[] = [];
    let turn = 0;
    // Rooms of different sizes and places, as a scanner's room moves with the unfinished line it keeps.
    let room = memory.subarray(0, 1);
    for await (const length of readRange(path, start, end, () => (room = memory.subarray(turn % 3, (turn++ % 3) + 1024 * 1024 - 7 * turn)))) {
      assert.ok(length <= room.length);
      copies.push(Buffer.from(room.subarray(0, length)));
    }
    assert.deepEqual(Buffer.concat(copies), data.subarray(start, end), `${start}-${end}`);
  }
});

test('a consumer that stops after the first chunk leaves the file closed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-read-range-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'data.bin');
  writeFileSync(path, Buffer.alloc(4 * 1024 * 1024, 0x61));
  const before = readdirSync('/proc/self/fd').length;
  const room = Buffer.alloc(1024 * 1024);
  for await (const length of readRange(path, 0, 4 * 1024 * 1024, () => room)) {
    assert.equal(length, 1024 * 1024);
    break;
  }
  assert.equal(readdirSync('/proc/self/fd').length, before);
});
