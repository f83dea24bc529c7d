// An error chain in words, for the clients' --long and HTML views and the lab's timelines.
import type { ChainedError } from '../error-chain.js';

/**
 * One error on one line: `Error [ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:9`, and with `fields` what else
 * applications test: `(errno -111, syscall connect)`, `(hostname db.invalid)`.
 */
export function chainedErrorText(link: ChainedError, fields = false): string {
  const head = `${link.name}${link.code === null ? '' : ` [${link.code}]`}${link.message === '' ? '' : `: ${link.message}`}`;
  if (!fields) return head;
  const extras = [
    link.errno === null ? '' : `errno ${link.errno}`, link.syscall === null ? '' : `syscall ${link.syscall}`,
    link.hostname === null ? '' : `hostname ${link.hostname}`,
  ].filter((e) => e !== '');
  return extras.length === 0 ? head : `${head} (${extras.join(', ')})`;
}

/** What an error is to the one it was found behind: '' for the error itself, `cause: `, or `attempt 1 of 2: `. */
export function chainRole(link: ChainedError): string {
  if (link.attempt !== null) return `attempt ${link.attempt.index + 1} of ${link.attempt.of}: `;
  return link.depth === 0 ? '' : 'cause: ';
}

/** The error and its causes, without an AggregateError's errors (nor what is behind them). */
function causeLine(chain: readonly ChainedError[]): ChainedError[] {
  const line: ChainedError[] = [];
  let attemptDepth: number | null = null;
  for (const link of chain) {
    if (attemptDepth !== null && link.depth > attemptDepth) continue;
    attemptDepth = link.attempt === null ? null : link.depth;
    if (attemptDepth === null) line.push(link);
  }
  return line;
}

/** The causes on one line, the way a log shows them: `TypeError: fetch failed ← SocketError [UND_ERR_SOCKET]: other side closed`. */
export function causesText(chain: readonly ChainedError[]): string {
  return causeLine(chain).map((link) => chainedErrorText(link)).join(' ← ');
}
