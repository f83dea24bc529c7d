// Every held-out corpus stays held out: no thread or line shared with the real corpus or any held-out set before it,
// each line with its source's link and an ecosystem. Their rates are measured (bench/explain-corpus), never asserted.
// A new set is one more row here, after the others.
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
import { REAL_LINES } from '../fixtures/explain/real-lines.js';
import { testHeldOutCorpus } from '../helpers/held-out-corpus.js';

/** A source the ninth and tenth sets may cite: Q&A pages, forums, mailing-list archives and blogs, not only GitHub. */
const PAGE_OR_THREAD = /^https?:\/\/[^/\s]+\//;

/** The held-out sets in the order they were collected. */
const SETS = [
  { name: 'held-out corpus', lines: HOLDOUT_LINES },
  { name: 'second held-out corpus', lines: HOLDOUT2_LINES },
  { name: 'third held-out corpus', lines: HOLDOUT3_LINES },
  { name: 'fourth held-out corpus', lines: HOLDOUT4_LINES },
  { name: 'fifth held-out corpus', lines: HOLDOUT5_LINES },
  { name: 'sixth held-out corpus', lines: HOLDOUT6_LINES },
  { name: 'seventh held-out corpus', lines: HOLDOUT7_LINES },
  { name: 'eighth held-out corpus', lines: HOLDOUT8_LINES },
  { name: 'ninth held-out corpus', lines: HOLDOUT9_LINES, link: PAGE_OR_THREAD },
  { name: 'tenth held-out corpus', lines: HOLDOUT10_LINES, link: PAGE_OR_THREAD },
  { name: 'eleventh held-out corpus', lines: HOLDOUT11_LINES },
  { name: 'twelfth held-out corpus', lines: HOLDOUT12_LINES },
];

SETS.forEach((set, index) => {
  const earlier = [REAL_LINES, ...SETS.slice(0, index).map((before) => before.lines)].flat();
  testHeldOutCorpus(set.name, set.lines, earlier, set.link);
});
