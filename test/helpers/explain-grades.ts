// Grades explain on its corpora: real lines users posted (real-lines.ts, and the held-out holdout-lines.ts to
// holdout12-lines.ts, never asserted) and lines we wrote (lines.ts).
import { explain, type ExplainRecognition } from '../../src/catalog/explain.js';
import { KIND_OF_ERRNO } from '../../src/catalog/data/kinds.js';
import { recognizeLine } from '../../src/catalog/recognize.js';
import { HOLDOUT_LINES } from '../fixtures/explain/holdout-lines.js';
import { HOLDOUT2_LINES } from '../fixtures/explain/holdout2-lines.js';
import { HOLDOUT3_LINES } from '../fixtures/explain/holdout3-lines.js';
import { HOLDOUT4_LINES } from '../fixtures/explain/holdout4-lines.js';
import { HOLDOUT5_LINES } from '../fixtures/explain/holdout5-lines.js';
import { HOLDOUT6_LINES } from '../fixtures/explain/holdout6-lines.js';
import { HOLDOUT7_LINES } from '../fixtures/explain/holdout7-lines.js';
import { HOLDOUT8_LINES } from '../fixtures/explain/holdout8-lines.js';
import { HOLDOUT9_LINES } from '../fixtures/explain/holdout9-lines.js';
import { HOLDOUT10_LINES } from '../fixtures/explain/holdout10-lines.js';
import { HOLDOUT11_LINES } from '../fixtures/explain/holdout11-lines.js';
import { HOLDOUT12_LINES } from '../fixtures/explain/holdout12-lines.js';
import { LINE_FIXTURES, QUIET_LINES, type LineFixture } from '../fixtures/explain/lines.js';
import { REAL_LINES, type RealLine } from '../fixtures/explain/real-lines.js';

/** The corpora of real lines: `real` the rules were written with in view (tests assert it), `holdout` collected after
 * them, never opened to write rules (measured, never asserted; docs/explain.md says how its first-run misses steered
 * rules since, which spent it), `holdout2` collected after that, from new threads (measured, never asserted; spent the
 * same way when rules were written from its misses), `holdout3` collected while those rules were written, by someone who
 * neither ran explain on it nor read the rules (measured, never asserted; spent the same way since), `holdout4` collected
 * the same way while rules were written from the third's misses (measured, never asserted; spent the same way since),
 * `holdout5` collected the same way while rules were written from the fourth's misses (measured, never asserted; spent
 * the same way since), `holdout6` collected the same way while rules were written from the fifth's misses (measured,
 * never asserted; spent the same way since), `holdout7` collected the same way while rules were written from the
 * sixth's misses (measured, never asserted; spent the same way since), `holdout8` collected the same way after all
 * seven were spent (measured, never asserted; spent the same way since), `holdout9` collected the same way at the
 * same time, partly from Q&A pages (measured, never asserted; spent the same way since), `holdout10` collected the
 * same way while the eighth was spent (measured, never asserted; spent the same way since), `holdout11` collected the
 * same way while the tenth was spent (measured, never asserted; spent the same way since), `holdout12` collected the
 * same way while the eleventh was spent (measured, never asserted; no rule written from it). */
export const REAL_CORPORA = {
  real: REAL_LINES, holdout: HOLDOUT_LINES, holdout2: HOLDOUT2_LINES, holdout3: HOLDOUT3_LINES, holdout4: HOLDOUT4_LINES, holdout5: HOLDOUT5_LINES,
  holdout6: HOLDOUT6_LINES, holdout7: HOLDOUT7_LINES, holdout8: HOLDOUT8_LINES, holdout9: HOLDOUT9_LINES,
  holdout10: HOLDOUT10_LINES, holdout11: HOLDOUT11_LINES, holdout12: HOLDOUT12_LINES,
} as const;

/** What explain said about one real line, against its label. */
export interface CorpusGrade {
  readonly real: RealLine;
  /** The recognition explain's headline reports (null: nothing recognised). */
  readonly primary: ExplainRecognition | null;
  readonly recognitions: readonly ExplainRecognition[];
  /** A decoy gave no recognition; a labelled line's headline has the labelled errno and kind. */
  readonly right: boolean;
  /** Some recognition claims a kernel errno the label does not give the line. */
  readonly falseErrno: boolean;
}

/** Grades one real line. */
export function gradeLine(real: RealLine): CorpusGrade {
  const { recognitions, primary } = explain(real.line);
  const label = real.expect;
  const right = label === 'decoy'
    ? recognitions.length === 0
    : primary !== null && primary.errno === label.errno && primary.kind === label.kind;
  const falseErrno = recognitions.some((r) => r.errno !== null && (label === 'decoy' || r.errno !== label.errno));
  return { real, primary, recognitions, right, falseErrno };
}

/** Every real line, graded. */
export function gradeCorpus(lines: readonly RealLine[] = REAL_LINES): CorpusGrade[] {
  return lines.map(gradeLine);
}

/** How a wrong answer went wrong (null when right): a decoy got a recognition, a line got none, or the headline has
 * the wrong errno (whatever its kind), or the right errno with the wrong kind. */
export type MissClass = 'decoy recognised' | 'nothing recognised' | 'wrong errno' | 'wrong kind';

/** The class of a grade's miss, or null when it is right. */
export function missClass(g: CorpusGrade): MissClass | null {
  if (g.right) return null;
  if (g.real.expect === 'decoy') return 'decoy recognised';
  if (g.primary === null) return 'nothing recognised';
  return g.primary.errno === g.real.expect.errno ? 'wrong kind' : 'wrong errno';
}

/** How a grade reads in a test failure or a bench listing: the label, what explain said, and the line. */
export function describeGrade(g: CorpusGrade): string {
  const want = g.real.expect === 'decoy' ? 'decoy (nothing)' : `${g.real.expect.errno ?? 'no errno'}/${g.real.expect.kind}`;
  const got = g.recognitions.length === 0 ? 'nothing'
    : g.recognitions.map((r) => `${r === g.primary ? '*' : ''}${r.patternId}:${r.errno ?? 'no errno'}/${r.kind ?? 'no kind'}`).join(', ');
  return `[${g.real.ecosystem}] want ${want}, got ${got}\n    ${g.real.line.slice(0, 200)}\n    ${g.real.source}`;
}

/** One line we wrote, graded: its table (the pattern's ecosystem, or `quiet`) and whether it gave what it says. */
export interface OwnGrade {
  readonly ecosystem: string;
  readonly right: boolean;
}

function ownRight(f: LineFixture): boolean {
  const kind = f.kind === undefined ? (f.errno === null ? undefined : KIND_OF_ERRNO[f.errno]) : f.kind;
  return recognizeLine(f.line).some((r) => r.patternId === f.pattern && r.errno === f.errno && r.kind === kind && r.phase === f.phase);
}

/** Every line we wrote, graded: a fixture line must give its pattern's recognition, a quiet line nothing. */
export function gradeOwnLines(): OwnGrade[] {
  return [
    ...LINE_FIXTURES.map((f) => ({ ecosystem: f.pattern.split('.')[0] ?? f.pattern, right: ownRight(f) })),
    ...QUIET_LINES.map((line) => ({ ecosystem: 'quiet (no socket error)', right: recognizeLine(line).length === 0 })),
  ];
}

/** Lines and right answers in one group. */
export interface Tally {
  lines: number;
  right: number;
}

/** Counts items and right items per key, keys sorted. */
export function tally<T>(items: readonly T[], key: (item: T) => string, right: (item: T) => boolean): Map<string, Tally> {
  const map = new Map<string, Tally>();
  for (const item of items) {
    const t = map.get(key(item)) ?? { lines: 0, right: 0 };
    t.lines += 1;
    if (right(item)) t.right += 1;
    map.set(key(item), t);
  }
  return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
}

/** The sum of every group's tally. */
export function totalOf(map: ReadonlyMap<string, Tally>): Tally {
  return [...map.values()].reduce((a, t) => ({ lines: a.lines + t.lines, right: a.right + t.right }), { lines: 0, right: 0 });
}

/** A tally's rate as a whole percentage, rounded down (never better than measured): the docs and the bench print this. */
export const percent = (t: Tally): string => `${Math.floor((100 * t.right) / t.lines)}%`;

/** The kind a real line is labelled with, or `decoy`. */
export const labelKind = (g: CorpusGrade): string => (g.real.expect === 'decoy' ? 'decoy' : g.real.expect.kind);

/** What the bench and the docs report about one graded corpus. */
export interface CorpusSummary {
  readonly total: Tally;
  readonly byKind: Map<string, Tally>;
  readonly byEcosystem: Map<string, Tally>;
  /** How many lines of each labelled kind were missed, and how (`kind: class` keys). */
  readonly missesByKind: Map<string, number>;
  readonly decoys: number;
  /** Lines given a kernel errno the label says the kernel did not produce. */
  readonly falseErrno: number;
}

/** Totals per kind and per ecosystem, misses by class, decoys and false errnos of one graded corpus. */
export function summarizeCorpus(grades: readonly CorpusGrade[]): CorpusSummary {
  const byEcosystem = tally(grades, (g) => g.real.ecosystem, (g) => g.right);
  const misses = tally(grades.filter((g) => !g.right), (g) => `${labelKind(g)}: ${missClass(g) ?? ''}`, () => false);
  return {
    total: totalOf(byEcosystem),
    byKind: tally(grades, labelKind, (g) => g.right),
    byEcosystem,
    missesByKind: new Map([...misses].map(([key, t]) => [key, t.lines])),
    decoys: grades.filter((g) => g.real.expect === 'decoy').length,
    falseErrno: grades.filter((g) => g.falseErrno).length,
  };
}
