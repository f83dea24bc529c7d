// explain(): names, numbers and text give typed results built from the catalog; bad input gives a clear answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain, MAX_RECOGNITIONS } from '../../src/catalog/explain.js';
import { currentPlatform } from '../../src/catalog/current-platform.js';
import { isSocklabError } from '../../src/errors/is-socklab-error.js';
import type { ErrnoName } from '../../src/catalog/types.js';
import { LINE_FIXTURES } from '../fixtures/explain/lines.js';

test('an errno name gives its entry, its numbers on every platform and repro commands', () => {
  const result = explain('ECONNABORTED', { platform: 'linux' });
  assert.equal(result.input.kind, 'errno-name');
  assert.deepEqual(result.recognitions, []);
  const [e] = result.errnos;
  assert.ok(e);
  assert.equal(e.name, 'ECONNABORTED');
  assert.equal(e.number, 103);
  assert.deepEqual(
    [e.numbers.linux, e.numbers.alpha, e.numbers.mips, e.numbers.parisc, e.numbers.freebsd, e.numbers.macos, e.numbers.windows],
    [103, 53, 130, 231, 53, 53, 10053],
  );
  assert.ok(e.entry.calls.some((c) => c.call === 'accept'));
  assert.ok(e.entry.linuxNotes.some((n) => /accept/.test(n.claim)));
  assert.deepEqual(e.reproduce, e.entry.scenarios.map((id) => `socklab repro ${id}`));
});

test('a libuv name and surrounding whitespace are accepted; the default platform is this machine', () => {
  const result = explain('  UV_ECONNRESET \n');
  assert.equal(result.errnos[0]?.name, 'ECONNRESET');
  assert.equal(explain('econnrefused').errnos[0]?.name, 'ECONNREFUSED');
  assert.equal(result.input.platform, currentPlatform());
});

test('a number is read on the platform given', () => {
  const mips = explain('130', { platform: 'mips' });
  assert.equal(mips.input.kind, 'number');
  assert.deepEqual(mips.errnos.map((e) => e.name), ['ECONNABORTED']);
  assert.equal(mips.errnos[0]?.platform, 'mips');
  assert.equal(explain('10054', { platform: 'windows' }).errnos[0]?.name, 'ECONNRESET');
  assert.equal(explain('54', { platform: 'macos' }).errnos[0]?.name, 'ECONNRESET');
});

test('a number shared by two names gives both', () => {
  const names = explain('11', { platform: 'linux' }).errnos.map((e) => e.name);
  assert.ok(names.includes('EAGAIN') && names.includes('EWOULDBLOCK'), names.join(','));
});

test('an unknown errno name or number throws SOCKLAB_LOOKUP_UNKNOWN_ERRNO', () => {
  for (const query of ['EFROBNICATE', '99999']) {
    assert.throws(() => explain(query, { platform: 'linux' }), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_LOOKUP_UNKNOWN_ERRNO' && e.exitCode === 1);
  }
});

test('a negative number is a negated errno, or a code libuv (Windows) or NSPR gives one errno', () => {
  assert.deepEqual(explain('-104', { platform: 'linux' }).errnos.map((e) => e.name), ['ECONNRESET']);
  const libuv = explain('-4077').errnos;
  assert.deepEqual(libuv.map((e) => [e.name, e.platform]), [['ECONNRESET', 'windows']]);
  assert.deepEqual(explain('-5981').errnos.map((e) => e.name), ['ECONNREFUSED']);
  assert.throws(() => explain('-4020'), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_LOOKUP_UNKNOWN_ERRNO');
});

test("another ecosystem's code alone is read as a line: Chrome's ERR_CONNECTION_RESET", () => {
  const result = explain('ERR_CONNECTION_RESET');
  assert.equal(result.input.kind, 'text');
  assert.equal(result.primary?.errno, 'ECONNRESET');
  assert.equal(explain('ERR_CONNECTION_CLOSED').primary?.kind, 'peer-closed');
  assert.throws(() => explain('ERR_FROBNICATE'), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_LOOKUP_UNKNOWN_ERRNO');
});

test('a stack trace gives line-numbered recognitions and one explanation per errno', () => {
  const trace = [
    'TypeError: fetch failed',
    '    at node:internal/deps/undici/undici:13502:13',
    '    at async main (/app/index.js:3:3) {',
    '  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000',
    '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {',
    "    errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port: 3000",
    '  }',
    '}',
  ].join('\n');
  const result = explain(trace);
  assert.equal(result.input.kind, 'text');
  assert.equal(result.input.lines, 8);
  assert.deepEqual(result.recognitions.map((r) => [r.line, r.patternId]), [[1, 'node.fetch-failed'], [4, 'node.syscall-errno'], [6, 'node.errno-code-property']]);
  assert.deepEqual(result.errnos.map((e) => e.name), ['ECONNREFUSED']);
  assert.deepEqual(result.errnos[0]?.phases, ['connect', 'unknown']);
  assert.deepEqual(result.errnos[0]?.calls, ['connect']);
  assert.equal(result.recognitions[1]?.peer, '127.0.0.1:3000');
});

test('WinSock numbers in text are placed on windows', () => {
  const result = explain('System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.');
  assert.equal(result.errnos[0]?.name, 'ECONNRESET');
  assert.equal(result.errnos[0]?.platform, 'windows');
  assert.equal(result.errnos[0]?.number, 10054);
});

test('every fixture line explains to the errno or resolver code it shows', () => {
  for (const fixture of LINE_FIXTURES) {
    const code = fixture.errno ?? (fixture.kind === 'resolution' ? fixture.code : undefined);
    if (code === undefined) continue;
    const names = explain(fixture.line).errnos.map((e) => e.name);
    assert.ok(names.includes(code as ErrnoName), `${fixture.line} -> ${names.join(',')}`);
  }
});

test('text with no socket error gives empty recognitions and errnos', () => {
  for (const text of ['', '   ', 'all good here', 'GET / 200\nGET /a 404']) {
    const result = explain(text);
    assert.equal(result.input.kind, 'text');
    assert.deepEqual(result.recognitions, []);
    assert.deepEqual(result.errnos, []);
  }
});

test('binary junk gives a clear empty answer', () => {
  const junk = Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) % 251)).toString('latin1');
  const result = explain(junk);
  assert.equal(result.input.kind, 'text');
  assert.deepEqual(result.errnos, []);
});

test('a 10 MB line is cut to 64 KiB: bounded time and memory, truncation reported', () => {
  const line = `Error: read ECONNRESET ${'A'.repeat(10 * 1024 * 1024)}`;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = explain(line);
  const ms = performance.now() - started;
  const grown = process.memoryUsage().heapUsed - heapBefore;
  assert.equal(result.errnos[0]?.name, 'ECONNRESET');
  assert.equal(result.input.truncated, true);
  assert.ok(result.input.query.length <= 200);
  assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms`);
  assert.ok(grown < 100 * 1024 * 1024, `heap grew ${(grown / 1048576).toFixed(1)} MB`);
  assert.ok(JSON.stringify(result).length < 200_000, 'the result does not carry the input');
});

test('recognitions are capped at MAX_RECOGNITIONS, errnos still come from every line', () => {
  const text = `${'Error: read ECONNRESET\n'.repeat(MAX_RECOGNITIONS + 5)}Error: write EPIPE`;
  const result = explain(text);
  assert.equal(result.recognitions.length, MAX_RECOGNITIONS);
  assert.equal(result.input.truncated, true);
  assert.deepEqual(result.errnos.map((e) => e.name), ['ECONNRESET', 'EPIPE']);
});

test('the result is plain JSON data (what --json prints)', () => {
  const result = explain('curl: (56) Recv failure: Connection reset by peer');
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
});

test('a bare number without --platform lists every platform where it is a catalog code', () => {
  const result = explain('54');
  assert.equal(result.input.kind, 'number');
  assert.deepEqual(result.errnos.map((e) => [e.name, e.platforms]), [['ECONNRESET', ['alpha', 'sparc', 'freebsd', 'macos', 'openbsd']]]);
  assert.equal(result.errnos[0]?.platform, 'macos', 'the explanation shows a common platform first');
  assert.deepEqual(explain('10054').errnos.map((e) => [e.name, e.platforms]), [['ECONNRESET', ['windows']]]);
  const shared = explain('61').errnos.map((e) => e.name);
  assert.deepEqual(shared.sort(), ['ECONNREFUSED', 'EPROTO']);
  assert.throws(() => explain('99999'), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_LOOKUP_UNKNOWN_ERRNO');
});

test('a number in a line belongs to the platform the line came from', () => {
  const mysql = explain("ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (61)").recognitions[0];
  assert.deepEqual([mysql?.errno, mysql?.platform, mysql?.number], ['ECONNREFUSED', 'macos', 61]);
  const python = explain('ConnectionRefusedError: [Errno 61] Connection refused').recognitions[0];
  assert.deepEqual([python?.errno, python?.platform], ['ECONNREFUSED', 'macos']);
  const oserror = explain('OSError: [Errno 60] Operation timed out').recognitions[0];
  assert.deepEqual([oserror?.errno, oserror?.platform], ['ETIMEDOUT', 'macos']);
  const linux = explain("ERROR 2003 (HY000): Can't connect to MySQL server on 'db' (111)").recognitions[0];
  assert.deepEqual([linux?.errno, linux?.platform], ['ECONNREFUSED', 'linux']);
  const windows = explain("ERROR 2003 (HY000): Can't connect to MySQL server on 'db' (10061)").recognitions[0];
  assert.deepEqual([windows?.errno, windows?.platform], ['ECONNREFUSED', 'windows']);
  assert.deepEqual(explain('OSError: [Errno 36] File name too long').recognitions, [], 'a file errno is not moved to a platform where it is a socket one');
});

test("nginx's upstream timer claims no kernel errno, though it prints 110", () => {
  const result = explain('2024/05/01 10:00:03 [error] 31#31: *12 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 1.2.3.4, upstream: "http://10.0.0.4:80/slow"');
  const [r] = result.recognitions;
  assert.deepEqual([r?.kind, r?.errno, r?.number], ['timer', null, 110]);
  assert.deepEqual(r?.origin, { source: 'proxy', by: 'nginx', code: 'ETIMEDOUT' });
  assert.deepEqual(result.errnos, []);
  assert.equal(result.primary, r);
});

test('a code property after a library reported that code is the library\'s, not the kernel\'s', () => {
  const trace = ['Error: socket hang up', '    at connResetException (node:internal/errors:720:14)', "  code: 'ECONNRESET'", '}'].join('\n');
  const result = explain(trace);
  assert.deepEqual(result.recognitions.map((r) => [r.patternId, r.kind, r.errno]), [
    ['node.socket-hang-up', 'peer-closed', null],
    ['node.synthetic-conn-reset', 'peer-closed', null],
    ['node.errno-code-property', 'peer-closed', null],
  ]);
  assert.deepEqual(result.errnos, []);
  // The frame and the code on one line (a stack pasted flat): still Node's code.
  const flat = explain("    at connResetException (node:internal/errors:720:14) { code: 'ECONNRESET' }");
  assert.deepEqual(flat.recognitions.map((r) => [r.kind, r.errno, r.origin.source]), [['peer-closed', null, 'library'], ['peer-closed', null, 'library']]);
  const kernel = explain("Error: read ECONNRESET\n  code: 'ECONNRESET'");
  assert.deepEqual(kernel.recognitions.map((r) => r.errno), ['ECONNRESET', 'ECONNRESET']);
});

test('the primary recognition is the cause, not the wrapper around it', () => {
  const result = explain('TypeError: fetch failed [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000');
  assert.equal(result.primary?.patternId, 'node.syscall-errno');
  assert.equal(explain('TypeError: fetch failed').primary?.kind, null);
  assert.equal(explain('all good').primary, null);
  assert.equal(explain('ECONNRESET').primary, null);
});
