// The second held-out corpus stays held out: no thread or line shared with the earlier corpora. Its rate is measured, never asserted.
import { HOLDOUT_LINES } from '../fixtures/explain/holdout-lines.js';
import { HOLDOUT2_LINES } from '../fixtures/explain/holdout2-lines.js';
import { REAL_LINES } from '../fixtures/explain/real-lines.js';
import { testHeldOutCorpus } from '../helpers/held-out-corpus.js';

testHeldOutCorpus('second held-out corpus', HOLDOUT2_LINES, [...REAL_LINES, ...HOLDOUT_LINES]);
