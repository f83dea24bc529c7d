// Table-driven checks of every catalog entry against this machine's libc and Node's libuv error map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import util from 'node:util';
import koffi from 'koffi';
import { ERRNO_ENTRIES } from '../../src/catalog/data/entries.js';
import { ERRNO_NUMBERS } from '../../src/catalog/data/numbers.js';
import { lookup } from '../../src/catalog/lookup.js';
import { ERRNO_NAMES, type ErrnoName } from '../../src/catalog/types.js';
import { SCENARIOS } from '../../src/lab/scenarios/index.js';

// The lab scenario ids an entry may link to: the lab's registry (a typo in a data file fails a test).
const SCENARIO_IDS: ReadonlySet<string> = new Set(SCENARIOS.map((s) => s.id));

// Resolver codes are checked against gai_strerror; ENOTFOUND stands for glibc's EAI_NONAME (-2 in glibc's netdb.h).
const RESOLVER_CODES: Partial<Record<ErrnoName, number>> = { ENOTFOUND: -2, EAI_AGAIN: -3 };

// A cited source must name a kernel/libuv/Node file or a man page.
const SOURCE_PATTERN = /\.(c|h|js|rst|txt)\b|\bman \d/;

const onLinux = process.platform === 'linux';
const libc = onLinux ? koffi.load('libc.so.6') : null;
const strerror = libc?.func('const char *strerror(int)') as ((n: number) => string) | undefined;
const gaiStrerror = libc?.func('const char *gai_strerror(int)') as ((n: number) => string) | undefined;
const libuvNames = new Set([...util.getSystemErrorMap().values()].map(([name]) => `UV_${name}`));

/** The errno's Linux number: Node's constant when it has one, else the catalog's Linux column. */
function linuxNumber(name: ErrnoName): number | null {
  const fromNode = (os.constants.errno as Record<string, number | undefined>)[name];
  return fromNode ?? ERRNO_NUMBERS[name]?.linux ?? null;
}

for (const name of ERRNO_NAMES) {
  test(`${name}: entry exists and names itself`, () => {
    const entry = ERRNO_ENTRIES[name];
    assert.ok(entry, `no entry for ${name}`);
    assert.equal(entry.name, name);
    assert.ok(entry.summary.length > 0);
    assert.ok(entry.node.startsWith('Error: '), `node text should look like Node's output: ${entry.node}`);
  });

  test(`${name}: message matches this machine's strerror/gai_strerror`, { skip: !onLinux && 'needs glibc' }, () => {
    const entry = ERRNO_ENTRIES[name];
    const resolverCode = RESOLVER_CODES[name];
    if (resolverCode !== undefined) {
      assert.equal(entry.message, gaiStrerror?.(resolverCode));
      return;
    }
    const number = linuxNumber(name);
    assert.notEqual(number, null, `no Linux number for ${name}`);
    assert.equal(entry.message, strerror?.(number as number));
  });

  test(`${name}: libuv name exists in Node's error map when given`, () => {
    const { libuv } = ERRNO_ENTRIES[name];
    if (libuv !== null) assert.ok(libuvNames.has(libuv), `${libuv} is not in util.getSystemErrorMap()`);
  });

  test(`${name}: every call says cause, what the app sees and the remedy`, () => {
    const { calls } = ERRNO_ENTRIES[name];
    assert.ok(calls.length > 0, 'at least one call');
    for (const effect of calls) {
      assert.ok(effect.cause.trim().length > 0, `${effect.call}: cause`);
      assert.ok(effect.appSees.trim().length > 0, `${effect.call}: appSees`);
      assert.ok(effect.remedy.trim().length > 0, `${effect.call}: remedy`);
      assert.ok(['safe', 'idempotent-only', 'after-fix', 'never'].includes(effect.retry));
    }
  });

  test(`${name}: scenarios and Linux notes point at known ids and cited sources`, () => {
    const entry = ERRNO_ENTRIES[name];
    for (const id of entry.scenarios) assert.ok(SCENARIO_IDS.has(id), `unknown scenario ${id}`);
    for (const note of entry.linuxNotes) {
      assert.ok(note.claim.trim().length > 0);
      assert.match(note.source, SOURCE_PATTERN, `source should name a file or man page: ${note.source}`);
      if (note.scenario !== undefined) assert.ok(SCENARIO_IDS.has(note.scenario), `unknown scenario ${note.scenario}`);
    }
    if (entry.aliasOf !== undefined) assert.equal(ERRNO_ENTRIES[entry.aliasOf].message, entry.message);
  });
}

test('libuv names agree with Node: an errno that libuv knows is not left null', () => {
  for (const name of ERRNO_NAMES) {
    const { libuv, aliasOf } = ERRNO_ENTRIES[name];
    const number = linuxNumber(name);
    // Aliases share their number with another name, so Node reports the other one (EWOULDBLOCK -> EAGAIN).
    if (libuv !== null || aliasOf !== undefined || number === null || RESOLVER_CODES[name] !== undefined) continue;
    assert.ok(!libuvNames.has(`UV_${name}`), `${name} has a libuv name in Node's map but the entry says null`);
  }
});

test('node texts use the name Node itself gives the Linux number', () => {
  for (const name of ERRNO_NAMES) {
    const number = linuxNumber(name);
    if (number === null || RESOLVER_CODES[name] !== undefined) continue;
    const nodeName = util.getSystemErrorName(-number);
    assert.ok(ERRNO_ENTRIES[name].node.includes(nodeName), `${name}: "${ERRNO_ENTRIES[name].node}" should show ${nodeName}`);
  }
});

test('lookup finds entries by name, case-insensitively', () => {
  assert.equal(lookup('ECONNRESET').entry.name, 'ECONNRESET');
  assert.equal(lookup('econnaborted').entry.name, 'ECONNABORTED');
  assert.equal(lookup('UV_EPIPE').entry.name, 'EPIPE');
});
