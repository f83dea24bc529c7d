// The verdict word of lab views, coloured by its meaning.
import type { Paint } from '../../shared/paint.js';
import type { Verdict } from '../verdict.js';

/** A verdict word coloured by its meaning. */
export function verdictText(status: Verdict['status'], p: Paint): string {
  const words = { agrees: p.green('agrees'), contradicts: p.red(p.bold('CONTRADICTS')), 'not-run': p.yellow('not run'), failed: p.red('failed') };
  return words[status];
}
