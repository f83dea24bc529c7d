// docs/proxy.md's table of differences from Toxiproxy stays honest: every row names a test that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const doc = readFileSync(`${root}docs/proxy.md`, 'utf8');
const section = doc.slice(doc.indexOf('## Differences from Toxiproxy 2.12'), doc.indexOf('\n## ', doc.indexOf('## Differences from Toxiproxy 2.12') + 1));
const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Area ') && !l.startsWith('|---'));

test('the differences table has rows, each with five cells', () => {
  assert.ok(rows.length >= 20, `${rows.length} rows`);
  for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length - 2, 5, row);
});

for (const row of rows) {
  const cell = row.split(/(?<!\\)\|/).at(-2)!.trim();
  const m = /^`([^`]+)` "(.*)"$/.exec(cell);
  test(`difference "${row.split('|')[1]!.trim()}" names an existing test`, () => {
    assert.ok(m !== null, `test cell is \`path\` "title": ${cell}`);
    const [, path, title] = m;
    assert.ok(existsSync(`${root}${path}`), path);
    assert.ok(readFileSync(`${root}${path}`, 'utf8').includes(title!.replaceAll('\\"', '"')), `${path} has a test titled "${title}..."`);
  });
}
