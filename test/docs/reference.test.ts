// The committed reference pages match the tables they are generated from (STYLE R20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { referenceDocs } from '../../scripts/reference-docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

for (const [path, content] of Object.entries(referenceDocs())) {
  test(`${path} is up to date (npm run docs)`, () => {
    assert.equal(readFileSync(root + path, 'utf8'), content);
  });
}
