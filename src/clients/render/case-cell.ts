// The short text of one case in the matrix (`ok`, `ECONNRESET*+5!`, `waiting`), shared by the text and HTML views.
import type { ClientCase } from '../clients-result.js';

/** How a cell reads at a glance: a response, an error, still waiting, or not measured. */
export type CellTone = 'ok' | 'error' | 'waiting' | 'failed';

/** The tone of a case. */
export function cellTone(c: ClientCase): CellTone {
  const tones = { response: 'ok', error: 'error', waiting: 'waiting', 'setup-failed': 'failed' } as const;
  return tones[c.outcome.kind];
}

/** What the application saw, in one word: `ok`, the error's code (`*` when only a cause has it) or name, `waiting`. */
export function outcomeWord(c: ClientCase): string {
  const o = c.outcome;
  if (o.kind === 'response') return o.status === 200 ? 'ok' : String(o.status);
  if (o.kind === 'waiting') return 'waiting';
  if (o.kind === 'setup-failed') return 'n/a';
  if (o.code === undefined) return o.chain[0]?.name ?? 'Error';
  return o.codeDepth === 0 ? o.code : `${o.code}*`;
}

/** What follows the word: `+N` when the client retried N times, `!` when the server got a POST more than once. */
export function cellMarks(c: ClientCase): string {
  const retries = c.attempts > 1 ? `+${c.attempts - 1}` : '';
  return `${retries}${c.method === 'POST' && c.received > 1 ? '!' : ''}`;
}

/** The cell in at most `width` characters: a long word is cut (…), its marks kept. */
export function cellText(c: ClientCase, width = Infinity): string {
  const [word, marks] = [outcomeWord(c), cellMarks(c)];
  const room = width - marks.length;
  return `${word.length <= room ? word : `${word.slice(0, Math.max(1, room - 1))}…`}${marks}`;
}
