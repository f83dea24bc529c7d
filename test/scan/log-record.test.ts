// Tests the line roles and the rule that tells whether a line continues the record of the line before it.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesRecord, lineRole, mayContinueRecord, ROLE_HEAD, STAMPED_HEAD } from '../../src/scan/log-record.js';

test('roles from the first characters of a line', () => {
  assert.equal(lineRole('2026-11-24T14:00:00.000Z ERROR boom'), 'headed');
  assert.equal(lineRole('Nov 24 14:02:52 lb1 haproxy[812]: x'), 'headed');
  assert.equal(lineRole('    at TCPConnectWrap.afterConnect (node:net:1611:16)'), 'frame');
  assert.equal(lineRole('\t... 12 more'), 'frame');
  assert.equal(lineRole("  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000"), 'indented');
  assert.equal(lineRole('2026-11-24T14:00:00.123456789Z stderr F     at fetch (node:internal)'), 'frame');
  assert.equal(lineRole('}'), 'closing');
  assert.equal(lineRole('Caused by: java.net.ConnectException: Connection refused'), 'chain');
  assert.equal(lineRole('During handling of the above exception, another exception occurred:'), 'chain');
  assert.equal(lineRole('Traceback (most recent call last):'), 'traceback');
  assert.equal(lineRole('java.net.ConnectException: Connection refused'), 'exception');
  assert.equal(lineRole('AggregateError [ECONNREFUSED]: '), 'exception');
  assert.equal(lineRole('curl: (7) Failed to connect to 10.0.0.8 port 8080'), 'exception');
  assert.equal(lineRole('connection pool exhausted, retrying'), 'plain');
  assert.equal(lineRole('   '), 'blank');
});

test('what continues a record and what starts one', () => {
  assert.equal(continuesRecord('frame', 'plain'), true);
  assert.equal(continuesRecord('closing', 'indented'), true);
  assert.equal(continuesRecord('exception', 'headed'), true, 'the exception under its log message');
  assert.equal(continuesRecord('exception', 'indented'), true, "Python's exception line after its traceback");
  assert.equal(continuesRecord('exception', 'frame'), false, 'a new Java or Node exception after a stack');
  assert.equal(continuesRecord('exception', 'closing'), false, 'a new Node error after an inspected object');
  assert.equal(continuesRecord('traceback', 'chain'), true);
  assert.equal(continuesRecord('traceback', 'exception'), false);
  assert.equal(continuesRecord('headed', 'indented'), false);
  assert.equal(continuesRecord('plain', 'headed'), false);
});

test('mayContinueRecord says false only for lines that start their own record, judged on STAMPED_HEAD characters', () => {
  const roles = ['headed', 'frame', 'indented', 'closing', 'chain', 'traceback', 'exception', 'plain', 'blank'] as const;
  const continues = (line: string): boolean => roles.some((previous) => continuesRecord(lineRole(line.slice(0, ROLE_HEAD)), previous));
  const fixtures = ['corpus.log', 'multiline.log'].flatMap((f) => readFileSync(new URL(`../../../test/fixtures/scan/${f}`, import.meta.url), 'latin1').split('\n'));
  const crafted = [
    '2026-11-24T14:00:00.123456789+02:00 stderr F     at fetch (node:internal)', '2026-11-24T14:00:00Z }', '2026-11-24 14:00:00,123 ]',
    '2026-11-24T14:00:00.000Z ERROR boom', '2026-11-24T14:00:00.000Z', '2026/11/24 14:00:00 [error] x', '12345 rows', '7', '',
  ];
  let saidFalse = 0;
  for (const line of [...fixtures, ...crafted]) {
    if (mayContinueRecord(line.slice(0, STAMPED_HEAD))) continue;
    saidFalse++;
    assert.equal(continues(line), false, line);
  }
  for (const line of crafted.slice(0, 3)) assert.equal(mayContinueRecord(line.slice(0, STAMPED_HEAD)), true, line);
  assert.ok(saidFalse > 100, `${saidFalse} lines judged early`);
});

test('mayContinueRecord reads a leading timestamp as a whole: its stream tag, zone and fraction, then the next character', () => {
  const cases: [string, boolean][] = [
    ['2026-11-24T14:00:00Z stdout F x', false], ['2026-11-24T14:00:00Z stdout F  at x', true], ['2026-11-24T14:00:00Z stdoutx', false],
    ['2026-11-24T14:00:00Z  indented', true], ['2026-11-24T14:00:00+01:00 )', true], ['2026-11-24T14:00:00+0100 x', false],
    ['2026-11-24T14:00:00.123 x', false], ['2026-11-24T14:00:00.123\t}', false], ['2026-11-24T14:00:00.123 \t}', true], ['2026-11-24T14:00:00,1234567890 ]', false],
    ['2026-11-24 14:00:00 }', true], ['2026-11-24T14:00:00', false], ['2026-11-24T14:00 ]', false],
  ];
  for (const [line, expected] of cases) assert.equal(mayContinueRecord(line), expected, line);
  // Against the definition in two steps (the timestamp's match, then the character after it), on generated heads.
  const stamp = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})? (?:(?:stdout|stderr) [FP] )?/;
  const inTwoSteps = (head: string): boolean => {
    const match = stamp.exec(head);
    return match !== null && /^[\s}\])]/.test(head.charAt(match[0].length));
  };
  const parts = ['T', ' ', '14:00:00', '.', ',', '123', '1234567890', 'Z', '+01:00', '-0100', 'stdout', 'stderr', 'F', 'P', '}', ']', ')', '\t', 'x', '0'];
  let seed = 1;
  const next = (n: number): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
  for (let i = 0; i < 20_000; i++) {
    let head = '2026-11-24';
    for (let k = 1 + next(9); k > 0; k--) head += parts[next(parts.length)]!;
    assert.equal(mayContinueRecord(head), inTwoSteps(head), head);
  }
});
