// noop: passes every byte unchanged; also what a connection gets when the toxicity roll skips it.
import { defineToxic } from '../toxic.js';

/** The toxic that does nothing. */
export const noop = defineToxic({
  type: 'noop',
  summary: 'Pass all data unchanged.',
  attributes: [],
  stage: () => ({}),
});
