// Tests packed pieces: a worker packs its candidate lines' bytes (one decode of the joined bytes gives each line's own
// decoding), and the main thread unpacks them to the candidates the recogniser finds hits in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordMatcher } from '../helpers/keyword-matcher.js';
import { LineScanner } from '../../src/scan/line-scanner.js';
import { piecePacker, unpackRecognized, type PackedPiece } from '../../src/scan/packed-piece.js';
import { OWN_RECORD, type RecordStart } from '../../src/scan/record-start.js';
import type { LineHit } from '../../src/scan/recognizer.js';
import type { RangeCandidate, RangeCounts } from '../../src/scan/scan-range.js';

/** Packs `candidates` as a worker does, each handed to the packer as the bytes of its text. */
function pack(counts: RangeCounts, candidates: readonly Omit<RangeCandidate, 'hits'>[]): PackedPiece {
  const packer = piecePacker();
  for (const c of candidates) {
    const bytes = Buffer.from(c.text);
    packer.sink(bytes, 0, bytes.length, c.line, () => c.record, 0);
  }
  return packer.result(counts);
}

test('unpacking keeps each recognised candidate with its line, text and record, and builds none of the others', () => {
  const candidates: Omit<RangeCandidate, 'hits'>[] = [
    { line: 3, text: 'read ECONNRESET', record: OWN_RECORD },
    { line: 4, text: '', record: OWN_RECORD },
    { line: 9, text: '    at TCP.onStreamRead EPIPE', record: { linesBack: 2, head: 'Error: write EPIPE' } },
    { line: 12, text: 'healthy EPIPE word', record: { linesBack: 1, head: null } },
  ];
  const packed = pack({ lines: 20, longLines: 1, bytes: 400 }, candidates);
  const hit = { patternId: 'test' } as unknown as LineHit;
  const seen: string[] = [];
  const result = unpackRecognized(packed, (text) => (seen.push(text), text.includes('healthy') ? [] : [hit]));
  assert.deepEqual(seen, candidates.map((c) => c.text));
  assert.deepEqual(result, {
    lines: 20,
    longLines: 1,
    bytes: 400,
    candidates: candidates.filter((c) => !c.text.includes('healthy')).map((c) => ({ ...c, hits: [hit] })),
  });
  assert.deepEqual(unpackRecognized(pack({ lines: 0, longLines: 0, bytes: 0 }, []), () => [hit]).candidates, []);
});

const HIT: LineHit = { ecosystem: 'node', patternId: 'any', errno: 'ECONNRESET', kind: 'errno', origin: { source: 'kernel' }, phase: null, peer: null };

/** Scans `input` in chunks of `chunk` bytes twice: decoding each candidate alone, and packed as a worker does. */
function both(input: Buffer, chunk: number, cap: number): { alone: [string, number, RecordStart][]; packed: ReturnType<ReturnType<typeof piecePacker>['result']> } {
  const table = keywordMatcher(['econnreset']).table;
  const alone: [string, number, RecordStart][] = [];
  const packer = piecePacker();
  const scanners = [new LineScanner(table, (bytes, start, end, line, record) => alone.push([bytes.toString('utf8', start, end), line, record()]), cap), new LineScanner(table, packer.sink, cap)];
  for (const scanner of scanners) {
    for (let at = 0; at < input.length; at += chunk) scanner.push(input.subarray(at, at + chunk));
    scanner.end();
  }
  const [, scanner] = scanners;
  return { alone, packed: packer.result({ lines: scanner!.lines, longLines: scanner!.longLines, bytes: scanner!.bytes }) };
}

test('packed texts, lines and records equal those of decoding each candidate alone, invalid UTF-8 and cut characters included', () => {
  const cap = 1100;
  // Windows of long lines start and end inside 3- and 4-byte characters; other lines hold invalid and truncated sequences.
  const lines = [
    Buffer.from('2026-11-24T14:00:00.000Z read ECONNRESET ok'),
    Buffer.concat([Buffer.from('€'.repeat(700)), Buffer.from('  ECONNRESET  '), Buffer.from('😀'.repeat(300))]),
    Buffer.concat([Buffer.from('x'.repeat(1)), Buffer.from('😀'.repeat(400)), Buffer.from(' ECONNRESET '), Buffer.from('€'.repeat(500))]),
    Buffer.from([0xff, 0xfe, 0x45, 0x43, 0x4f, 0x4e, 0x4e, 0x52, 0x45, 0x53, 0x45, 0x54, 0xe2, 0x82]),
    Buffer.concat([Buffer.from('    at x ECONNRESET '), Buffer.from([0xf0, 0x9f, 0x98])]),
    Buffer.concat([Buffer.from([0x80, 0xbf, 0xc0, 0xaf]), Buffer.from('ECONNRESET\r')]),
    Buffer.from('plain line'),
    Buffer.concat([Buffer.from('ECONNRESET '), Buffer.from([0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe0, 0x80])]),
  ];
  const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
  for (const chunk of [7, 64, 1000, input.length]) {
    const { alone, packed } = both(input, chunk, cap);
    assert.ok(alone[1]![0].startsWith('\ufffd') && alone[1]![0].endsWith('\ufffd'), 'a window cut inside characters at both ends');
    assert.equal(packed.texts, alone.map(([text]) => `${text}\n`).join(''), `chunk ${chunk}`);
    const unpacked = unpackRecognized(packed, () => [HIT]).candidates;
    assert.deepEqual(unpacked.map((c) => [c.text, c.line, c.record]), alone, `chunk ${chunk}`);
  }
});

test('random bytes decode alike, packed or one line at a time', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = [0x0a, 0x0d, 0x20, 0x45, 0x43, 0x4f, 0x4e, 0x52, 0x53, 0x54, 0x80, 0xbf, 0xc2, 0xe2, 0xed, 0xf0, 0xf4, 0xff];
  const noise = Buffer.from(Array.from({ length: 200_000 }, () => alphabet[Math.floor(random() * alphabet.length)]!));
  // Plant the keyword often enough that many lines are candidates.
  for (let at = 0; at + 10 < noise.length; at += 97) noise.write('ECONNRESET', at, 'latin1');
  const { alone, packed } = both(noise, 4096, 1100);
  assert.ok(alone.length > 1000);
  assert.equal(packed.texts, alone.map(([text]) => `${text}\n`).join(''));
});
