// Tests packed pieces: what a worker posts unpacks, on the main thread, to the candidates the recogniser finds hits in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packPiece, unpackRecognized } from '../../src/scan/packed-piece.js';
import { OWN_RECORD } from '../../src/scan/record-start.js';
import type { LineHit } from '../../src/scan/recognizer.js';
import type { RangeCandidate } from '../../src/scan/scan-range.js';

test('unpacking keeps each recognised candidate with its line, text and record, and builds none of the others', () => {
  const candidates: RangeCandidate[] = [
    { line: 3, text: 'read ECONNRESET', record: OWN_RECORD },
    { line: 4, text: '', record: OWN_RECORD },
    { line: 9, text: '    at TCP.onStreamRead EPIPE', record: { linesBack: 2, head: 'Error: write EPIPE' } },
    { line: 12, text: 'healthy EPIPE word', record: { linesBack: 1, head: null } },
  ];
  const packed = packPiece({ lines: 20, longLines: 1, bytes: 400, candidates });
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
  assert.deepEqual(unpackRecognized(packPiece({ lines: 0, longLines: 0, bytes: 0, candidates: [] }), () => [hit]).candidates, []);
});
