// Adapts the catalog's recogniser (src/catalog/recognize.ts and its pattern tables) to the Recognizer scan uses.
import { catalogCode, recognizeLine } from '../catalog/recognize.js';
import { PATTERNS } from '../catalog/patterns/index.js';
import type { Recognition } from '../catalog/pattern.js';
import type { LineHit, Recognizer } from './recognizer.js';

/** The fields of a recognition that scan groups by. */
const lineHit = (r: Recognition): LineHit => ({
  ecosystem: r.ecosystem, patternId: r.patternId, errno: catalogCode(r), kind: r.kind, origin: r.origin, phase: r.phase === 'unknown' ? null : r.phase, peer: r.peer,
});

/**
 * The recogniser backed by the catalog's pattern tables; its keywords are those of every pattern that reports
 * something. A quiet pattern only silences others, so a line holding nothing but its keywords (`# `, `let `) has no hit.
 */
export function catalogRecognizer(): Recognizer {
  return {
    keywords: [...new Set(PATTERNS.filter((p) => p.quiet !== true).flatMap((p) => p.keywords))],
    recognize: (line) => recognizeLine(line).map(lineHit),
  };
}
