// The explain text view: numbers row, recognitions, remedies, Linux notes and repro lines; colour only when asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../../../src/catalog/explain.js';
import { headline, numbersRow, renderExplainText } from '../../../src/catalog/render/explain-text.js';

test('a name shows the numbers row, every call with its remedy, Linux notes and repro commands', () => {
  const result = explain('ECONNABORTED', { platform: 'linux' });
  const text = renderExplainText(result, { color: false });
  assert.match(text, /linux 103 · alpha 53 · mips 130 · sparc 53 · parisc 231 · powerpc 103 · freebsd 53 · macos 53 · openbsd 53 · windows 10053/);
  assert.match(text, /accept\(\)/);
  assert.match(text, /Remedy:/);
  assert.match(text, /Linux notes/);
  for (const cmd of result.errnos[0]!.reproduce) assert.ok(text.includes(`Reproduce: ${cmd}`), cmd);
  assert.doesNotMatch(text, /\x1b\[/, 'no colour codes when colour is off');
});

test('text input shows each recognition with line, phase, call and peer, and only the calls seen', () => {
  const result = explain('read tcp 10.0.0.1:5000->10.0.0.2:5432: read: connection reset by peer');
  const text = renderExplainText(result, { color: false });
  assert.match(text, /^A socket call failed: kernel errno ECONNRESET\n/);
  assert.match(text, /line 1: errno · kernel errno ECONNRESET · read · peer 10\.0\.0\.2:5432 · go go\.op-syscall/);
  assert.match(text, /Seen on linux in read/);
  assert.match(text, /\n {2}read\(\)/);
  assert.doesNotMatch(text, /\n {2}connect\(\)/);
});

test('a recognition without an errno shows its note', () => {
  const text = renderExplainText(explain('curl: (52) Empty reply from server'), { color: false });
  assert.match(text, /line 1: peer-closed · reported by curl, no errno · read/);
  assert.match(text, /without sending a single byte/);
});

test('numbersRow marks platforms without the errno with -', () => {
  const e = explain('ENOTFOUND', { platform: 'linux' }).errnos[0]!;
  assert.match(numbersRow(e), /^linux - · alpha - /);
});

test('colour codes appear only when colour is on', () => {
  assert.match(renderExplainText(explain('EPIPE', { platform: 'linux' }), { color: true }), /\x1b\[/);
});

test('an errno seen on two platforms lists both', () => {
  const text = renderExplainText(explain("connect ECONNREFUSED 127.0.0.1:3306\nCan't connect to MySQL server on 'db' (10061)"), { color: false });
  assert.match(text, /Seen on linux, windows in connect/);
});

test('the headline says whether the kernel or a program produced the code', () => {
  const nginx = explain('upstream timed out (110: Connection timed out) while reading response header from upstream');
  assert.equal(headline(nginx.primary!), 'A timer expired: reported by nginx as ETIMEDOUT (110), not a kernel errno');
  assert.equal(headline(explain('Error: socket hang up').primary!), 'The peer closed the connection: reported by node as ECONNRESET, not a kernel errno');
  assert.equal(headline(explain('Error: getaddrinfo EAI_AGAIN registry.npmjs.org').primary!), 'Name resolution failed: resolver code EAI_AGAIN from node');
  assert.equal(headline(explain('ConnectionResetError: [Errno 54] Connection reset by peer').primary!), 'A socket call failed: kernel errno ECONNRESET (54 on macos)');
  assert.equal(headline(explain('TypeError: fetch failed').primary!), 'A socket failure that node reports without its cause (see the note)');
  const text = renderExplainText(nginx, { color: false });
  assert.ok(text.startsWith('A timer expired: reported by nginx'), text);
  assert.doesNotMatch(text, /ETIMEDOUT —/, 'no catalog section claims the kernel errno');
});

test('a bare number lists every platform on which it is a socket errno', () => {
  assert.match(renderExplainText(explain('54'), { color: false }), /^54 is ECONNRESET on alpha, sparc, freebsd, macos, openbsd\.\n/);
  assert.match(renderExplainText(explain('10054'), { color: false }), /^10054 is ECONNRESET on windows\.\n/);
  // libuv's and NSPR's own numbering is named, not taken for a negated errno.
  assert.match(renderExplainText(explain('-4077'), { color: false }), /^-4077 is libuv's code for ECONNRESET on windows\.\n/);
  assert.match(renderExplainText(explain('-5961', { platform: 'linux' }), { color: false }), /^-5961 is NSPR's code for ECONNRESET on linux\.\n/);
  assert.match(renderExplainText(explain('-104', { platform: 'linux' }), { color: false }), /^-104 is ECONNRESET on linux\.\n/);
  assert.match(renderExplainText(explain('2'), { color: false }), /^2 is EAI_AGAIN \(a getaddrinfo\(\) code\) on freebsd, macos\./);
  assert.match(renderExplainText(explain('11', { platform: 'linux' }), { color: false }), /^11 is EAGAIN and EWOULDBLOCK on linux\./);
});
