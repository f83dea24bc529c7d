// Reading a request body as JSON; a parse failure is "bad request body: <reason>" (400).
import type { IncomingMessage } from 'node:http';
import { SocklabError } from '../../errors/socklab-error.js';

const LIMIT = 1024 * 1024;

/** The parsed JSON body; an empty body is Go's "EOF". */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > LIMIT) throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: 'body too large' });
    parts.push(part);
  }
  const text = Buffer.concat(parts).toString('utf8');
  if (text.trim() === '') throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: 'EOF' });
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: (e as Error).message });
  }
}
