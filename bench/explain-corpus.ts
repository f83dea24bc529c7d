// Prints how often explain gives the real corpus its label, per ecosystem and per kind (a measure, asserts nothing).
// Usage: node dist/bench/explain-corpus.js [--misses]   (--misses also lists every line explain gets wrong)
import { explain } from '../src/catalog/explain.js';
import type { Recognition } from '../src/catalog/pattern.js';
import { REAL_LINES, type RealLine } from '../test/fixtures/explain/real-lines.js';

interface Tally {
  lines: number;
  right: number;
}

/** The kind a recognition carries, once the catalog adds it; undefined before that. */
function kindOf(recognition: Recognition): string | undefined {
  const kind = (recognition as { readonly kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : undefined;
}

/** Right when a decoy gets no recognition, or a recognition has the labelled errno (and kind, when recognitions carry one). */
function verdict(real: RealLine, recognitions: readonly Recognition[]): boolean {
  if (real.expect === 'decoy') return recognitions.length === 0;
  const { errno, kind } = real.expect;
  return recognitions.some((r) => r.errno === errno && (kindOf(r) === undefined || kindOf(r) === kind));
}

/** A line whose recognitions claim a kernel errno where the label says the kernel produced none. */
function claimsFalseErrno(real: RealLine, recognitions: readonly Recognition[]): boolean {
  return real.expect !== 'decoy' && real.expect.errno === null && recognitions.some((r) => r.errno !== null);
}

const bump = (map: Map<string, Tally>, key: string, right: boolean): void => {
  const tally = map.get(key) ?? { lines: 0, right: 0 };
  tally.lines += 1;
  if (right) tally.right += 1;
  map.set(key, tally);
};

const percent = (t: Tally): string => `${((100 * t.right) / t.lines).toFixed(0).padStart(3)}%`;

function printTable(title: string, map: Map<string, Tally>): void {
  console.log(`\n${title}`);
  const rows = [...map].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, t] of rows) console.log(`  ${key.padEnd(width)}  ${String(t.right).padStart(3)}/${String(t.lines).padEnd(3)} ${percent(t)}`);
}

const byEcosystem = new Map<string, Tally>();
const byKind = new Map<string, Tally>();
const total: Tally = { lines: 0, right: 0 };
const misses: string[] = [];
let falseErrno = 0;
for (const real of REAL_LINES) {
  const recognitions = explain(real.line).recognitions;
  const right = verdict(real, recognitions);
  bump(byEcosystem, real.ecosystem, right);
  bump(byKind, real.expect === 'decoy' ? 'decoy' : real.expect.kind, right);
  total.lines += 1;
  if (right) total.right += 1;
  if (claimsFalseErrno(real, recognitions)) falseErrno += 1;
  if (!right) {
    const got = recognitions.map((r) => `${r.patternId}:${r.errno ?? 'null'}${kindOf(r) === undefined ? '' : `/${kindOf(r)}`}`).join(', ');
    const want = real.expect === 'decoy' ? 'decoy' : `${real.expect.errno ?? 'null'}/${real.expect.kind}`;
    misses.push(`  [${real.ecosystem}] want ${want}, got ${got === '' ? 'nothing' : got}\n    ${real.line.slice(0, 160)}`);
  }
}

console.log(`explain on the real corpus: ${total.right}/${total.lines} right (${percent(total).trim()}), ` +
  `${falseErrno} line(s) given a kernel errno the label says the kernel did not produce`);
printTable('per kind', byKind);
printTable('per ecosystem', byEcosystem);
if (process.argv.includes('--misses')) console.log(`\nmisses\n${misses.join('\n')}`);
