// docs/clients.md shows the --json schema: it must be exactly the source of src/clients/clients-result.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

test('the JSON schema in docs/clients.md is the current clients-result.ts', () => {
  const docs = read('docs/clients.md');
  const block = /## JSON schema\n[\s\S]*?```ts\n([\s\S]*?)\n```/.exec(docs)?.[1];
  const source = read('src/clients/clients-result.ts').split('\n').slice(1).join('\n').trim();
  assert.equal(block, source, 'copy src/clients/clients-result.ts (without its first line) into docs/clients.md');
});
