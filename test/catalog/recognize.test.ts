// recognizeLine over every pattern table: each fixture line gives its recognition; quiet lines and junk give none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND_OF_ERRNO } from '../../src/catalog/data/kinds.js';
import { ECOSYSTEMS, PATTERNS, PATTERN_TABLES } from '../../src/catalog/patterns/index.js';
import { createRecognizer, MAX_LINE_CHARS, phaseOfCall, recognizeLine } from '../../src/catalog/recognize.js';
import { LINE_FIXTURES, QUIET_LINES } from '../fixtures/explain/lines.js';

for (const fixture of LINE_FIXTURES) {
  test(`${fixture.pattern}: ${fixture.line.slice(0, 90)}`, () => {
    const found = recognizeLine(fixture.line);
    const hit = found.find((r) => r.patternId === fixture.pattern);
    assert.ok(hit, `expected ${fixture.pattern}, got ${JSON.stringify(found.map((r) => r.patternId))}`);
    assert.equal(hit.errno, fixture.errno);
    assert.ok(fixture.errno !== null || fixture.kind !== undefined, 'a fixture without an errno states its kind');
    assert.equal(hit.kind, fixture.kind === undefined ? KIND_OF_ERRNO[fixture.errno!] : fixture.kind);
    assert.equal(hit.origin.source === 'kernel', hit.errno !== null || hit.kind === 'errno', 'the kernel is the origin exactly of kernel errnos');
    if (fixture.code !== undefined) assert.equal(hit.origin.source === 'kernel' ? null : hit.origin.code, fixture.code);
    assert.equal(hit.phase, fixture.phase);
    if (fixture.peer !== undefined) assert.equal(hit.peer, fixture.peer);
    if (fixture.platform !== undefined) assert.equal(hit.platform, fixture.platform);
    if (fixture.number !== undefined) assert.equal(hit.number, fixture.number);
    assert.ok(fixture.line.includes(hit.matched), 'matched text comes from the line');
    assert.equal(fixture.line.indexOf(hit.matched, hit.offset), hit.offset, 'offset points at the matched text');
    assert.ok(hit.note.length > 10);
  });
}

test('the fixtures cover every pattern, at least 60 lines and 10 ecosystems', () => {
  const covered = new Set(LINE_FIXTURES.map((f) => f.pattern));
  const missing = PATTERNS.filter((p) => p.quiet !== true).map((p) => p.id).filter((id) => !covered.has(id));
  assert.deepEqual(missing, []);
  assert.ok(LINE_FIXTURES.length >= 60, `${LINE_FIXTURES.length} lines`);
  const ecosystems = new Set(LINE_FIXTURES.map((f) => f.pattern.split('.')[0]));
  assert.ok(ecosystems.size >= 10, `${ecosystems.size} ecosystems`);
});

test('every pattern is well formed: unique id prefixed by its ecosystem, lower-case keywords, a note', () => {
  const ids = PATTERNS.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  assert.deepEqual(Object.keys(PATTERN_TABLES).sort(), [...ECOSYSTEMS].sort());
  for (const [ecosystem, table] of Object.entries(PATTERN_TABLES)) {
    for (const p of table) {
      assert.equal(p.ecosystem, ecosystem, p.id);
      assert.ok(p.id.startsWith(`${ecosystem}.`), p.id);
      assert.ok(p.keywords.length > 0, p.id);
      for (const k of p.keywords) assert.equal(k, k.toLowerCase(), `${p.id} keyword "${k}" is lower-case`);
      assert.ok(!p.regex.global && !p.regex.sticky, `${p.id} regex is neither global nor sticky (exec must be stateless)`);
      assert.ok(p.note.length > 20, p.id);
    }
  }
});

test('every quiet pattern silences at least one quiet line', () => {
  for (const p of PATTERNS.filter((q) => q.quiet === true)) assert.ok(QUIET_LINES.some((line) => p.regex.test(line)), p.id);
});

for (const line of QUIET_LINES) {
  test(`no recognition in a quiet line: ${JSON.stringify(line.slice(0, 60))}`, () => {
    assert.deepEqual(recognizeLine(line), []);
  });
}

test('a generic fallback gives way to the specific pattern naming the same errno', () => {
  const found = recognizeLine('ConnectionResetError: [Errno 104] Connection reset by peer');
  assert.deepEqual(found.map((r) => r.patternId), ['python.connection-reset']);
  const wrapped = recognizeLine('Redis connection to 127.0.0.1:6379 failed - read ECONNRESET');
  assert.deepEqual(wrapped.map((r) => r.patternId), ['redis.node-redis-connection-failed']);
});

test("smtplib's socket timeout is a timer, not also the server's close its exception's name reads as", () => {
  for (const line of ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed: timed out', `SMTPServerDisconnected("Connection unexpectedly closed: ('The read operation timed out',)",)`]) {
    assert.deepEqual(recognizeLine(line).map((r) => [r.patternId, r.kind]), [['python.smtp-closed-by-timeout', 'timer']], line);
  }
});

test("Ansible's unreachable host timed out in ssh's banner exchange is ssh's banner timer alone, not also a connect timer", () => {
  const line = 'fatal: [web3]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: Connection timed out during banner exchange", "unreachable": true}';
  assert.deepEqual(recognizeLine(line).map((r) => [r.patternId, r.kind, r.phase]), [['ssh.banner-timeout', 'timer', 'read']]);
});

test('a superseded match cannot push out the match that superseded it', () => {
  // libc's `connection timed out` comes first in table order; the pool's row supersedes it and must survive it.
  const found = recognizeLine('QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00');
  assert.deepEqual(found.map((r) => [r.patternId, r.kind, r.errno]), [['generic.pool-exhausted', 'resource-limit', null]]);
});

test('two different errors on one line are both recognised', () => {
  const found = recognizeLine('TypeError: fetch failed [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000');
  assert.deepEqual(found.map((r) => r.patternId).sort(), ['node.fetch-failed', 'node.syscall-errno']);
});

test('the platform option sets how bare numbers are read; WinSock numbers stay windows', () => {
  const mips = recognizeLine('OSError: [Errno 130] Software caused connection abort', { platform: 'mips' });
  assert.equal(mips[0]?.errno, 'ECONNABORTED');
  assert.equal(mips[0]?.platform, 'mips');
  const win = recognizeLine('System.Net.Sockets.SocketException (10053): aborted', { platform: 'mips' });
  assert.equal(win[0]?.errno, 'ECONNABORTED');
  assert.equal(win[0]?.platform, 'windows');
});

test('an errno number or name the catalog does not know gives no recognition', () => {
  assert.deepEqual(recognizeLine('OSError: [Errno 2] No such file or directory'), []);
  assert.deepEqual(recognizeLine('Error: connect ENOENT /tmp/app.sock'), []);
});

test('phaseOfCall maps syscalls and verbs to phases', () => {
  assert.equal(phaseOfCall('recv'), 'read');
  assert.equal(phaseOfCall('writev'), 'write');
  assert.equal(phaseOfCall('dial'), 'connect');
  assert.equal(phaseOfCall('SSL_read'), 'read');
  assert.equal(phaseOfCall('getaddrinfo'), 'dns');
  assert.equal(phaseOfCall('frobnicate'), 'unknown');
});

test('only the first 64 KiB of a line are examined', () => {
  const late = `${'x'.repeat(MAX_LINE_CHARS)} Error: read ECONNRESET`;
  assert.deepEqual(recognizeLine(late), []);
  const early = `Error: read ECONNRESET ${'x'.repeat(MAX_LINE_CHARS * 4)}`;
  assert.equal(recognizeLine(early)[0]?.errno, 'ECONNRESET');
});

test('hostile lines finish quickly: repeated keywords, near-misses and binary junk', () => {
  const hostile = [
    'read tcp '.repeat(8000),
    `dial tcp ${'1.'.repeat(30000)}: connect: `,
    `${' SD'.repeat(20000)}`,
    `Failed to connect to ${'a'.repeat(60000)} port`,
    `Os { code: ${'9'.repeat(60000)}`,
    `${'x'.repeat(60000)}ChannelClosedException`,
    'cloudflare 52'.repeat(5000),
    'log file '.repeat(7000),
    `${'fix: '.repeat(12000)}ECONNRESET`,
    `${'nfs tcp '.repeat(8000)}error -1`,
    `${'this '.repeat(12000)}connection reset`,
    `${'\\\\a\\ robocopy '.repeat(4000)}The specified network name is no longer available`,
    `${'Connection to a.'.repeat(4000)} closed by remote`,
    Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
  ];
  const started = performance.now();
  for (const line of hostile) assert.ok(Array.isArray(recognizeLine(line)));
  const ms = performance.now() - started;
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

test('createRecognizer works on a custom table (how scan or a plugin can add patterns)', () => {
  const recognizer = createRecognizer([
    { ecosystem: 'node', id: 'node.custom', keywords: ['kaboom'], regex: /kaboom (?<name>E[A-Z]+)/, errno: 'from-name', phase: 'read', note: 'A test pattern with a name group.' },
  ]);
  assert.equal(recognizer.recognizeLine('kaboom EPIPE')[0]?.errno, 'EPIPE');
  assert.deepEqual(recognizer.recognizeLine('Error: read ECONNRESET'), []);
});
