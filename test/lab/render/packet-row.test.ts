// Packet rows of a real routed run: ports, relative numbers, the router's ICMP with its quote, lost segments, any width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSequenceDiagram } from '../../../src/lab/render/sequence-diagram.js';
import { runScenario } from '../../helpers/lab-run.js';

const run = await runScenario('ehostunreach-established');
const rows = (width: number): string[] => renderSequenceDiagram(run, { color: false, width }).split('\n');

test('TCP rows: flags on the arrow, ports at its ends, then seq, ack, window and length', () => {
  const lines = rows(120);
  assert.ok(lines.some((l) => /:\d+ ─+ SYN ─+▶ :\d+ {2}seq 0 win \d+ len 0 mss \d+$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /:\d+ ◀─+ SYN,ACK ─+ :\d+ {2}seq 0 ack 1 win \d+ len 0/.test(l)));
});

test('the router\'s ICMP: a dashed arrow from the router, its type and code, the connection it quotes', () => {
  const text = rows(120).join('\n');
  assert.match(text, /◀╌+ ICMP host unreachable ╌+ router\n +type 3 code 1, quotes tcp 192\.0\.2\.2:\d+ → 198\.51\.100\.\d+:\d+ seq 1/);
});

test('segments the router drops end in ✕ and say where they were lost', () => {
  const lost = rows(120).filter((l) => l.includes('✕'));
  assert.ok(lost.length >= 2, rows(120).join('\n'));
  assert.match(rows(200).find((l) => l.includes('✕')) ?? '', /PSH,ACK ─+✕ :\d+ {2}seq 1 ack 1 win \d+ len \d+, lost at router$/);
});

test('every row fits the width, down to 60 columns', () => {
  for (const width of [60, 80, 120]) {
    const packetLines = rows(width).filter((l) => /[▶◀✕]|^ {11,}(seq|type) /.test(l));
    assert.ok(packetLines.length > 0);
    for (const line of packetLines) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
  }
});
