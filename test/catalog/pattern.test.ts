// Pattern tables: the ecosystem name written once, and texts matched literally inside patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definePatternTable, escapeRegExp } from '../../src/catalog/pattern.js';

test('escapeRegExp: every character a regular expression gives meaning to matches itself', () => {
  const text = 'nodename nor servname provided, or not known (a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o)';
  assert.ok(new RegExp(`^${escapeRegExp(text)}$`).test(text));
  assert.ok(!new RegExp(escapeRegExp('a.c')).test('abc'), 'a dot is a dot');
});

test('definePatternTable prefixes every id with the ecosystem and stamps it on each row', () => {
  const table = definePatternTable('demo', [{ id: 'refused', keywords: ['refused'], regex: /refused/, errno: 'ECONNREFUSED', phase: 'connect', note: 'x' }]);
  assert.equal(table.name, 'demo');
  assert.deepEqual(table.patterns.map((p) => [p.id, p.ecosystem]), [['demo.refused', 'demo']]);
});
