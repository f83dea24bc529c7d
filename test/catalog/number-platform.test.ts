// platformOfNumber and platformsOfNumber: which platform an errno number in a line belongs to, and where a number is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND_OF_ERRNO } from '../../src/catalog/data/kinds.js';
import { errnoOfNumber, platformOfNumber, platformsOfNumber } from '../../src/catalog/number-platform.js';
import { ERRNO_NAMES, KINDS } from '../../src/catalog/types.js';

test('WinSock numbers are windows whatever else the line says', () => {
  assert.equal(platformOfNumber(10054, { base: 'linux' }), 'windows');
  assert.equal(platformOfNumber(10061, { base: 'macos', fixed: 'linux', expect: 'ECONNREFUSED' }), 'windows');
});

test("the line's words pick the platform on which the number means them", () => {
  assert.equal(platformOfNumber(61, { base: 'linux', expect: 'ECONNREFUSED' }), 'macos');
  assert.equal(platformOfNumber(111, { base: 'linux', expect: 'ECONNREFUSED' }), 'linux');
  assert.equal(platformOfNumber(130, { base: 'linux', expect: 'ECONNABORTED' }), 'mips');
});

test('a socket call\'s number that is no socket errno on the base goes to the BSD family; any other number stays', () => {
  assert.equal(platformOfNumber(61, { base: 'linux', socketCall: true }), 'macos');
  assert.equal(platformOfNumber(61, { base: 'linux', socketCall: false }), 'linux');
  assert.equal(platformOfNumber(111, { base: 'linux', socketCall: true }), 'linux');
  assert.equal(platformOfNumber(2, { base: 'linux', socketCall: true }), 'linux', "a resolver code (macOS EAI_AGAIN 2) does not move a socket call's number");
  assert.equal(platformOfNumber(61, { base: 'linux', fixed: 'linux', socketCall: true }), 'linux', "the pattern's own platform wins over the guess");
});

test('errnoOfNumber prefers the primary name when two share a number', () => {
  assert.equal(errnoOfNumber(11, 'linux'), 'EAGAIN');
  assert.equal(errnoOfNumber(35, 'alpha'), 'EAGAIN');
  assert.equal(errnoOfNumber(54, 'linux'), null);
});

test('platformsOfNumber lists every platform on which the number is each catalog code', () => {
  assert.deepEqual([...platformsOfNumber(54)], [['ECONNRESET', ['alpha', 'sparc', 'freebsd', 'macos', 'openbsd']]]);
  assert.deepEqual([...platformsOfNumber(10054)], [['ECONNRESET', ['windows']]]);
  assert.deepEqual(platformsOfNumber(99_999).size, 0);
});

test('every catalog code has a kind; the resolver codes are resolution and no kernel errno is', () => {
  assert.deepEqual(Object.keys(KIND_OF_ERRNO).sort(), [...ERRNO_NAMES].sort());
  for (const name of ERRNO_NAMES) assert.ok((KINDS as readonly string[]).includes(KIND_OF_ERRNO[name]), name);
  assert.deepEqual(ERRNO_NAMES.filter((n) => KIND_OF_ERRNO[n] === 'resolution'), ['ENOTFOUND', 'EAI_AGAIN']);
});
