// The catalog as errno(1) lists it: every errno once, numbers per platform, search over names and messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errnoListRow, listErrnos } from '../../src/catalog/errno-list.js';
import { ERRNO_NAMES } from '../../src/catalog/types.js';

test('lists every catalog errno with its number on the platform', () => {
  assert.deepEqual(listErrnos('linux').map((r) => r.name), [...ERRNO_NAMES]);
  assert.deepEqual(errnoListRow('ECONNABORTED', 'mips'), { name: 'ECONNABORTED', number: 130, message: 'Software caused connection abort' });
});

test('search matches names and messages in any case', () => {
  assert.deepEqual(listErrnos('linux', 'Refused').map((r) => r.name), ['ECONNREFUSED']);
  assert.ok(listErrnos('linux', 'econnres').some((r) => r.name === 'ECONNRESET'));
  assert.deepEqual(listErrnos('linux', 'no such thing here'), []);
});
