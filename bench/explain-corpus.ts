// Prints how often explain gives real lines their label, per ecosystem and per kind (a measure, asserts nothing): the
// corpus the rules were written with in view, then the held-out corpus (spent: its first-run misses, quoted in
// docs/explain.md, steered later rules; see there), then the second held-out corpus (collected after the first was
// spent, and spent in turn: rules were written from its misses), then the third, the fourth and the fifth (each
// collected unseen, and spent the same way), then the sixth and the seventh (each collected unseen, and spent the same
// way), then the eighth to the eleventh (each collected unseen, and spent the same way), then the twelfth (collected
// unseen; no rule written from it).
// Usage: node dist/bench/explain-corpus.js [--misses]
// The grading (the headline's errno and kind; nothing for a decoy) is the tests' and docs/explain.md's.
import { describeGrade, gradeCorpus, percent, REAL_CORPORA, summarizeCorpus, type Tally } from '../test/helpers/explain-grades.js';
import { flag } from '../src/cli/option-spec.js';
import { benchOptions } from './bench-options.js';

const { misses } = benchOptions(`Usage: node dist/bench/explain-corpus.js [--misses]
Prints how often explain gives real lines their label, per ecosystem and per kind, for the real corpus and each
held-out corpus (see docs/explain.md).`, {
  // The real corpus only: printing a held-out set's misses is how the first one was spent.
  misses: flag('also list every line explain gets wrong in the real corpus (never a held-out one)'),
});

const TITLES: Record<keyof typeof REAL_CORPORA, string> = {
  real: 'the real corpus (real-lines.ts, rules written with it in view)',
  holdout: 'the held-out corpus (holdout-lines.ts; its first-run misses steered later rules)',
  holdout2: 'the second held-out corpus (holdout2-lines.ts; collected after the first was spent; its misses steered later rules)',
  holdout3: 'the third held-out corpus (holdout3-lines.ts; collected and labelled without running explain; spent: rules were written from its misses)',
  holdout4: 'the fourth held-out corpus (holdout4-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 177/226, 7 false errnos)',
  holdout5: 'the fifth held-out corpus (holdout5-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 134/162, 2 false errnos)',
  holdout6: 'the sixth held-out corpus (holdout6-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 134/159, 2 false errnos)',
  holdout7: 'the seventh held-out corpus (holdout7-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 122/170, 3 false errnos)',
  holdout8: 'the eighth held-out corpus (holdout8-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 99/131, 11 false errnos)',
  holdout9: 'the ninth held-out corpus (holdout9-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 112/159, 3 false errnos)',
  holdout10: 'the tenth held-out corpus (holdout10-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 116/151, 3 false errnos)',
  holdout11: 'the eleventh held-out corpus (holdout11-lines.ts; collected and labelled without running explain; spent: rules were written from its misses; first run 96/136, 4 false errnos)',
  holdout12: 'the twelfth held-out corpus (holdout12-lines.ts; collected and labelled without running explain; no rule written from it)',
};


function printTable(title: string, rows: readonly (readonly [string, string])[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`);
}

const tallyRows = (map: Map<string, Tally>): [string, string][] =>
  [...map].map(([key, t]) => [key, `${String(t.right).padStart(3)}/${String(t.lines).padEnd(3)} ${percent(t).padStart(4)}`]);

for (const name of Object.keys(REAL_CORPORA) as (keyof typeof REAL_CORPORA)[]) {
  const grades = gradeCorpus(REAL_CORPORA[name]);
  const s = summarizeCorpus(grades);
  console.log(`\n== explain on ${TITLES[name]}: ${s.total.right}/${s.total.lines} right (${percent(s.total)}), ` +
    `${s.byEcosystem.size} ecosystems, ${s.decoys} decoys, ` +
    `${s.falseErrno} line(s) given a kernel errno the label says the kernel did not produce`);
  printTable('per kind', tallyRows(s.byKind));
  if (s.missesByKind.size > 0) printTable('misses per kind, by how they went wrong', [...s.missesByKind].map(([k, n]) => [k, String(n).padStart(3)]));
  printTable('per ecosystem', tallyRows(s.byEcosystem));
  if (name === 'real' && misses) console.log(`\nmisses\n${grades.filter((g) => !g.right).map(describeGrade).join('\n')}`);
}
