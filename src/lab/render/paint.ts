// The colours of lab views; everything is plain text when colour is off.
import pc from 'picocolors';
import type { Verdict } from '../verdict.js';

/** The colour functions a lab renderer uses. */
export type Paint = ReturnType<typeof pc.createColors>;

/** Colour functions, or identity functions when `enabled` is false. */
export function paint(enabled: boolean): Paint {
  return pc.createColors(enabled);
}

/** A verdict word coloured by its meaning. */
export function verdictText(status: Verdict['status'], p: Paint): string {
  const words = { agrees: p.green('agrees'), contradicts: p.red(p.bold('CONTRADICTS')), 'not-run': p.yellow('not run'), failed: p.red('failed') };
  return words[status];
}

/** Highlights errno names (E...) in a text. */
export function highlightErrnos(text: string, p: Paint): string {
  return text.replace(/\b(E[A-Z]{3,}[A-Z_]*|SIGPIPE)\b/g, (name) => p.red(p.bold(name)));
}
