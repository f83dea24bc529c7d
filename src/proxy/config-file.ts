// Config files (Toxiproxy's -config): a JSON array of proxies, checked strictly; errors give positions, never content.
import { readFile } from 'node:fs/promises';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isSocklabError } from '../errors/is-socklab-error.js';
import { SocklabError } from '../errors/socklab-error.js';
import { portOf } from '../shared/host-port.js';
import { listenFailureReason } from '../shared/listen-advice.js';
import type { Proxy } from './proxy.js';
import type { ProxyCollection } from './proxy-collection.js';

/** Where JSON.parse would fail, as "line L, column C (what was expected)", without quoting the text. */
function syntaxErrorAt(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return 'not valid JSON';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `not valid JSON at line ${line}, column ${column} (${what})`;
}

/** A proxy of the file that cannot listen: why, and the fix (the API's reply keeps Toxiproxy's shorter words). */
function listenFailure(file: string, error: SocklabError): SocklabError {
  const cause = error.cause as NodeJS.ErrnoException | undefined;
  if (cause?.code === undefined) return error;
  const listen = String(error.details.listen);
  const reason = `${listenFailureReason(cause, portOf(listen))} (in ${file})`;
  return new SocklabError('SOCKLAB_PROXY_LISTEN_FAILED', { listen, reason }, { cause });
}

/**
 * Create the proxies of a config file. Unlike Toxiproxy, which logs and goes on, a bad file stops the start:
 * unknown fields and repeated names are refused, and no message quotes the file (it may be any file, even a secret).
 */
export async function loadConfig(file: string, proxies: ProxyCollection): Promise<Proxy[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: file, reason: (e as Error).message.replace(/, \w+ '.*'$/, '') });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new SocklabError('SOCKLAB_PROXY_BAD_CONFIG', { file, detail: syntaxErrorAt(text) });
  }
  try {
    return await proxies.populate(body, true);
  } catch (e) {
    if (isSocklabError(e) && e.code === 'SOCKLAB_PROXY_LISTEN_FAILED') throw listenFailure(file, e);
    if (!isSocklabError(e) || e.httpStatus !== 400) throw e;
    throw new SocklabError('SOCKLAB_PROXY_BAD_CONFIG', { file, detail: e.message.replace(/^bad request body: /, '') });
  }
}
