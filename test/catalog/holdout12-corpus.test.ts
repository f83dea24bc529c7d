// The twelfth held-out corpus stays held out: no page, thread or line shared with the earlier corpora (the eleventh's included). Its rate is measured, never asserted.
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

testHeldOutCorpus('twelfth held-out corpus', HOLDOUT12_LINES, [
  ...REAL_LINES, ...HOLDOUT_LINES, ...HOLDOUT2_LINES, ...HOLDOUT3_LINES, ...HOLDOUT4_LINES, ...HOLDOUT5_LINES,
  ...HOLDOUT6_LINES, ...HOLDOUT7_LINES, ...HOLDOUT8_LINES, ...HOLDOUT9_LINES, ...HOLDOUT10_LINES, ...HOLDOUT11_LINES,
]);
