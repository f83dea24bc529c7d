// The held-out corpus stays held out: no thread or line shared with the real corpus. Its rate is measured, never asserted.
import { HOLDOUT_LINES } from '../fixtures/explain/holdout-lines.js';
import { REAL_LINES } from '../fixtures/explain/real-lines.js';
import { testHeldOutCorpus } from '../helpers/held-out-corpus.js';

testHeldOutCorpus('held-out corpus', HOLDOUT_LINES, REAL_LINES);
