// Adapts the catalog's recogniser (src/catalog/recognize.ts and its pattern tables) to the Recognizer scan uses.
import { catalogCode, recognizeLine } from '../catalog/recognize.js';
import { PATTERNS } from '../catalog/patterns/index.js';
import type { LineHit, Recognizer } from './recognizer.js';

/** The recogniser backed by the catalog's pattern tables; its keywords are the union of every pattern's keywords. */
export function catalogRecognizer(): Recognizer {
  return {
    keywords: [...new Set(PATTERNS.flatMap((p) => p.keywords))],
    recognize: (line) => recognizeLine(line).map((r): LineHit => ({
      ecosystem: r.ecosystem, patternId: r.patternId, errno: catalogCode(r), kind: r.kind, origin: r.origin, phase: r.phase === 'unknown' ? null : r.phase, peer: r.peer,
    })),
  };
}
