// Prints how often explain gives the real corpus its label, per ecosystem and per kind (a measure, asserts nothing).
// Usage: node dist/bench/explain-corpus.js [--misses]   (--misses also lists every line explain gets wrong)
// The grading (the headline's errno and kind; nothing for a decoy) is the tests' and docs/explain.md's.
import { describeGrade, gradeCorpus, labelKind, tally, totalOf, type Tally } from '../test/helpers/explain-grades.js';

const percent = (t: Tally): string => `${((100 * t.right) / t.lines).toFixed(0).padStart(3)}%`;

function printTable(title: string, map: Map<string, Tally>): void {
  console.log(`\n${title}`);
  const rows = [...map];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, t] of rows) console.log(`  ${key.padEnd(width)}  ${String(t.right).padStart(3)}/${String(t.lines).padEnd(3)} ${percent(t)}`);
}

const grades = gradeCorpus();
const byEcosystem = tally(grades, (g) => g.real.ecosystem, (g) => g.right);
const byKind = tally(grades, labelKind, (g) => g.right);
const total = totalOf(byEcosystem);

console.log(`explain on the real corpus: ${total.right}/${total.lines} right (${percent(total).trim()}), ` +
  `${grades.filter((g) => g.falseErrno).length} line(s) given a kernel errno the label says the kernel did not produce`);
printTable('per kind', byKind);
printTable('per ecosystem', byEcosystem);
if (process.argv.includes('--misses')) console.log(`\nmisses\n${grades.filter((g) => !g.right).map(describeGrade).join('\n')}`);
