// Tests opening sources: gzip by magic bytes (also concatenated members), plain text untouched, unreadable paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { openInput } from '../../src/scan/open-input.js';

async function read(name: string, stdin: Readable = Readable.from([])): Promise<{ text: string; gzip: boolean }> {
  const input = openInput(name, stdin);
  const parts: Buffer[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  return { text: Buffer.concat(parts).toString(), gzip: input.gzip() };
}

test('gunzips concatenated gzip members named .txt, leaves plain text alone', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-open-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.txt'), Buffer.concat([gzipSync('one\n'), gzipSync('two\n')]));
  writeFileSync(join(dir, 'b.gz'), 'not gzip at all\n');
  assert.deepEqual(await read(join(dir, 'a.txt')), { text: 'one\ntwo\n', gzip: true });
  assert.deepEqual(await read(join(dir, 'b.gz')), { text: 'not gzip at all\n', gzip: false });
});

test('stdin is detected too, even when the magic bytes arrive one at a time', async () => {
  const bytes = gzipSync('from stdin\n');
  const stdin = Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]);
  assert.deepEqual(await read('-', stdin), { text: 'from stdin\n', gzip: true });
});

test('a corrupt gzip stream and a missing file are SOCKLAB_INPUT_UNREADABLE', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-open-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'bad'), Buffer.concat([gzipSync('x'.repeat(1000)).subarray(0, 20), Buffer.from('garbage')]));
  await assert.rejects(read(join(dir, 'bad')), { code: 'SOCKLAB_INPUT_UNREADABLE' });
  await assert.rejects(read(join(dir, 'missing')), { code: 'SOCKLAB_INPUT_UNREADABLE' });
});
