// A prebuilt file's data is used only when it was made from the same inputs by the same code; else read() says null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprintedFile } from '../../src/shared/fingerprinted-file.js';

test('read() gives the data written from the same inputs and code, and null after any of them changed', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-prebuilt-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const code = join(dir, 'maker.js');
  writeFileSync(code, 'export const make = 1;\n');
  const path = pathToFileURL(join(dir, 'data.bin'));
  const file = fingerprintedFile(path, [pathToFileURL(code)]);
  assert.equal(file.read(['econnreset']), null, 'no file yet');
  const data = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
  file.write(['econnreset', 'epipe'], data);
  assert.deepEqual(file.read(['econnreset', 'epipe']), Buffer.from(data));
  // Read into a place the caller gives (a WebAssembly memory, in the keyword walk's case).
  const into = new Uint8Array(2000);
  assert.deepEqual(file.read(['econnreset', 'epipe'], (bytes) => into.subarray(16, 16 + bytes)), into.subarray(16, 1016));
  assert.deepEqual(into.subarray(16, 1016), data);
  // Other inputs, of the same length or not.
  assert.equal(file.read(['econnreset', 'epipf']), null);
  assert.equal(file.read(['econnreset']), null);
  // The code that made it changed (as after a tsc-only rebuild).
  writeFileSync(code, 'export const make = 2;\n');
  assert.equal(file.read(['econnreset', 'epipe']), null);
  writeFileSync(code, 'export const make = 1;\n');
  assert.notEqual(file.read(['econnreset', 'epipe']), null);
  // A file cut short is not read as data.
  truncateSync(path, readFileSync(path).length - 10);
  assert.equal(file.read(['econnreset', 'epipe']), null);
  truncateSync(path, 3);
  assert.equal(file.read(['econnreset', 'epipe']), null);
});
