// Tests how the recognised lines of one record become one event, and which hit speaks for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_TEXT_CHARS, EventAssembler, type ErrorEvent } from '../../src/scan/event-assembler.js';
import { sampleOf } from '../../src/scan/group-table.js';
import { terminalSafe } from '../../src/shared/terminal-safe.js';
import type { LineHit } from '../../src/scan/recognizer.js';

const kernel = (errno: string, phase: LineHit['phase'], peer: string | null, patternId = 'node.x'): LineHit =>
  ({ ecosystem: 'node', patternId, errno, kind: 'errno', origin: { source: 'kernel' }, phase, peer });

test('lines of one record make one event; a record that starts after the last recognised line makes a new one', () => {
  const events: ErrorEvent[] = [];
  const assembler = new EventAssembler('a.log', (e) => events.push(e));
  const wrapper: LineHit = { ecosystem: 'node', patternId: 'node.fetch-failed', errno: null, kind: null, origin: { source: 'library', by: 'node', code: null }, phase: null, peer: null };
  assembler.add(2, 'TypeError: fetch failed', [wrapper], 1, '2026-11-24T14:00:00Z ERROR upstream');
  assembler.add(4, '  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000', [kernel('ECONNREFUSED', 'connect', '127.0.0.1:3000', 'node.syscall-errno')], 1, '2026-11-24T14:00:00Z ERROR upstream');
  assembler.add(7, "    code: 'ECONNREFUSED',", [kernel('ECONNREFUSED', null, null, 'node.errno-code-property')], 1, '2026-11-24T14:00:00Z ERROR upstream');
  assembler.add(12, '2026-11-24T14:01:00Z Error: read ECONNRESET', [kernel('ECONNRESET', 'read', null)], 12, null);
  assembler.flush();
  assert.equal(events.length, 2);
  assert.equal(events[0]!.hit.patternId, 'node.syscall-errno');
  assert.equal(events[0]!.hit.peer, '127.0.0.1:3000');
  assert.equal(events[0]!.at, Date.parse('2026-11-24T14:00:00Z'));
  assert.deepEqual([events[0]!.source, events[0]!.line, events[0]!.text], ['a.log', 4, '  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000']);
  assert.equal(events[1]!.hit.errno, 'ECONNRESET');
});

test("a kernel errno a library made up does not speak for the event: Node's socket hang up does", () => {
  const events: ErrorEvent[] = [];
  const assembler = new EventAssembler('a.log', (e) => events.push(e));
  const hangUp: LineHit = { ecosystem: 'node', patternId: 'node.socket-hang-up', errno: null, kind: 'peer-closed', origin: { source: 'library', by: 'node', code: 'ECONNRESET' }, phase: 'read', peer: null };
  assembler.add(1, 'Error: socket hang up', [hangUp], 1, null);
  assembler.add(3, "  code: 'ECONNRESET'", [kernel('ECONNRESET', null, null, 'node.errno-code-property')], 1, null);
  assembler.flush();
  assert.equal(events.length, 1);
  assert.equal(events[0]!.hit.patternId, 'node.socket-hang-up');
  assert.equal(events[0]!.hit.errno, null);
});

test("an event keeps only the start of a long line, and its sample is the whole line's: escaped, then cut to 400 characters", () => {
  const sampleOfWhole = (line: string): string => {
    const clean = terminalSafe(line);
    return clean.length > 400 ? `${clean.slice(0, 399)}…` : clean;
  };
  const lines = [398, 399, 400, 401, 402, 5000].flatMap((n) => [`read ECONNRESET ${'x'.repeat(n)}`.slice(0, n), `read ECONNRESET ${'\x1b[31m'.repeat(n)}`.slice(0, n)]);
  for (const line of lines) {
    const events: ErrorEvent[] = [];
    const assembler = new EventAssembler('a.log', (e) => events.push(e));
    assembler.add(3, line, [kernel('ECONNRESET', 'read', null)], 3, null);
    assembler.flush();
    assert.equal(events[0]!.text, line.slice(0, EVENT_TEXT_CHARS));
    assert.deepEqual(sampleOf(events[0]!), { source: 'a.log', line: 3, text: sampleOfWhole(line) }, `${line.length} characters`);
  }
});
