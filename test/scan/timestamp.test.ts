// Tests timestamp recognition in each supported log format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimestamp } from '../../src/scan/timestamp.js';

const at = (iso: string): number => Date.parse(iso);

const CASES: readonly (readonly [string, string, string | null])[] = [
  ['ISO 8601 with Z and millis', '2026-11-24T14:02:03.250Z ERROR read ECONNRESET', '2026-11-24T14:02:03.250Z'],
  ['ISO 8601 with offset', '2026-11-24T15:02:03+01:00 level=error', '2026-11-24T14:02:03.000Z'],
  ['ISO-like with comma millis (Python logging, UTC assumed)', '2026-11-24 14:02:03,120 ERROR x', '2026-11-24T14:02:03.120Z'],
  ['nginx error log', '2026/11/24 14:02:03 [error] 31#31: *1 connect() failed (111: Connection refused)', '2026-11-24T14:02:03.000Z'],
  ['Apache/nginx access log', '10.0.0.1 - - [24/Nov/2026:15:02:03 +0100] "GET / HTTP/1.1" 502', '2026-11-24T14:02:03.000Z'],
  ['syslog (year from options)', 'Nov 24 14:02:03 host app[12]: read ECONNRESET', '2026-11-24T14:02:03.000Z'],
  ['syslog with padded day', 'Nov  4 09:00:00 host haproxy[1]: x', '2026-11-04T09:00:00.000Z'],
  ['epoch seconds at line start', '1795528923 conn error', '2026-11-24T14:02:03.000Z'],
  ['epoch millis in a JSON ts field', '{"level":50,"time":1795528923250,"msg":"read ECONNRESET"}', '2026-11-24T14:02:03.250Z'],
  ['epoch seconds with fraction in logfmt', 'ts=1795528923.5 level=error msg=x', '2026-11-24T14:02:03.500Z'],
  ['no timestamp', 'Error: read ECONNRESET at TCP.onStreamRead', null],
  ['a 10-digit number that is not a field', 'order 1795528923 failed', null],
];

for (const [name, line, expected] of CASES) {
  test(`timestamp: ${name}`, () => {
    assert.equal(parseTimestamp(line, { year: 2026 }), expected === null ? null : at(expected));
  });
}

test('the earliest timestamp in the line wins', () => {
  assert.equal(parseTimestamp('2026-11-24T14:02:03Z got [24/Nov/2026:13:00:00 +0000]', { year: 2026 }), at('2026-11-24T14:02:03Z'));
});

test('without --year, a syslog date still ahead belongs to last year', () => {
  const now = new Date();
  const ahead = new Date(now.getTime() + 20 * 86_400_000);
  const month = ahead.toUTCString().slice(8, 11);
  const line = `${month} ${String(ahead.getUTCDate()).padStart(2, ' ')} 10:00:00 host app: x`;
  // In this year's calendar the date is ahead, so it is last year's; past New Year it is simply this year's.
  const expectedYear = ahead.getUTCFullYear() === now.getUTCFullYear() ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  assert.equal(new Date(parseTimestamp(line)!).getUTCFullYear(), expectedYear);
});
