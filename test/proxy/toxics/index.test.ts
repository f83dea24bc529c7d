// The toxic registry matches the files on disk (one file per toxic, named after its wire type) and has a test each.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TOXICS } from '../../../src/proxy/toxics/index.js';

const here = new URL('.', import.meta.url);
const src = new URL('../../../src/proxy/toxics/', import.meta.url);

test('every toxic file is registered, every registered toxic has a file and a test', () => {
  const files = readdirSync(src).filter((f) => f.endsWith('.js') && f !== 'index.js').map((f) => f.slice(0, -3)).sort();
  const types = TOXICS.map((t) => t.type.replace(/_/g, '-')).sort();
  assert.deepEqual(types, files);
  const tests = readdirSync(here).filter((f) => f.endsWith('.test.js')).map((f) => f.slice(0, -8));
  for (const t of types) {
    assert.ok(tests.includes(t), `test/proxy/toxics/${t}.test.ts`);
    const text = readFileSync(new URL(`${t}.test.js`, here), 'utf8');
    assert.match(text, /redisRig\(/, `${t}.test.ts runs ioredis against a real Redis through the toxic`);
  }
  assert.equal(new Set(TOXICS.map((t) => t.type)).size, TOXICS.length);
});
