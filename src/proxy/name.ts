// Proxy and toxic names: any text Toxiproxy takes, except control characters, which would reach terminals and logs.
import { SocklabError } from '../errors/socklab-error.js';

// C0 controls (newline and ESC among them), DEL, and the C1 range, which some terminals also obey.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Refuse a name with a control character (400): `\n` would forge log lines, ESC sequences drive the terminal. */
export function checkName(name: string, what: string): void {
  const found = CONTROL.exec(name);
  if (found === null) return;
  // The name itself is not echoed: the message may be printed on a terminal too.
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: `${what} contains a control character (${code} at index ${found.index})` });
}
