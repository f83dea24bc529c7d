// Tests readRange: exact byte ranges, each chunk read into the buffer the consumer gives at the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRange } from '../../src/scan/read-range.js';

test('yields exactly the bytes of the range, each chunk read into the buffer room() gives then', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-read-range-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'data.bin');
  const data = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 77 }, (_, i) => (i * 31) % 251));
  writeFileSync(path, data);
  const fd = openSync(path, 'r');
  t.after(() => closeSync(fd));
  const memory = Buffer.alloc(4 * 1024 * 1024);
  for (const [start, end] of [[0, data.length], [5, 1024 * 1024 + 9], [100, 100], [data.length - 3, data.length + 50]] as const) {
    const copies: Buffer[] = [];
    let turn = 0;
    // Rooms of different sizes and places, as a scanner's room moves with the unfinished line it keeps.
    let room = memory.subarray(0, 1);
    for await (const length of readRange(fd, start, end, () => (room = memory.subarray(turn % 3, (turn++ % 3) + 1024 * 1024 - 7 * turn)))) {
      assert.ok(length <= room.length);
      copies.push(Buffer.from(room.subarray(0, length)));
    }
    assert.deepEqual(Buffer.concat(copies), data.subarray(start, end), `${start}-${end}`);
  }
});
