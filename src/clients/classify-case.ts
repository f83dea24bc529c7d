// Classifies a case's error with socklab/net's classify, passing on node:http's reusedSocket note.
import { classify, type Classification } from '../net/classify.js';
import type { Classify } from './run-case.js';

/** The classifier `socklab clients` uses: the reusedSocket note tells the keep-alive race (phase idle) from a fresh failure. */
export const classifyCase: Classify = (error, { notes }): Classification =>
  classify(error, typeof notes.reusedSocket === 'boolean' ? { reusedSocket: notes.reusedSocket } : {});
