// Who may call the API: no browsers, only Host names of this server, JSON bodies, and the bearer token when one is set.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SocklabError } from '../../errors/socklab-error.js';
import { allowedHosts, hostOfHeader } from './allowed-hosts.js';

/** Settings of the request guard. */
export interface GuardOptions {
  /** The address the API listens on (its own name is always an allowed Host). */
  readonly listenHost: string;
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  readonly token?: string | undefined;
  /** More Host names to answer to (e.g. a docker-compose service name); "*" allows any. */
  readonly allowHosts?: readonly string[] | undefined;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Why a request looks like it comes from a web browser (which must never drive the API), if it does. */
function browserMark(req: IncomingMessage): string | undefined {
  // Toxiproxy's rule; every browser's user agent starts so. Node's fetch sends Sec-Fetch-Mode, but never Site or Dest.
  if ((req.headers['user-agent'] ?? '').startsWith('Mozilla/')) return 'User agent';
  if (req.headers.origin !== undefined) return 'Origin header';
  if (req.headers['sec-fetch-site'] !== undefined) return 'Sec-Fetch-Site header';
  if (req.headers['sec-fetch-dest'] !== undefined) return 'Sec-Fetch-Dest header';
  return undefined;
}

/** True for application/json and application/<anything>+json, with or without parameters. */
function isJsonType(type: string): boolean {
  const media = (type.split(';')[0] ?? '').trim().toLowerCase();
  return media === 'application/json' || /^application\/[^/]+\+json$/.test(media);
}

/** Build the check run before routing; it returns the refusal to send, or undefined to go on. */
export function requestGuard(options: GuardOptions): (req: IncomingMessage) => SocklabError | undefined {
  const hostAllowed = allowedHosts(options.listenHost, options.allowHosts);
  const expected = options.token === undefined || options.token === '' ? undefined : digest(options.token);
  return (req) => {
    const mark = browserMark(req);
    if (mark !== undefined) return new SocklabError('SOCKLAB_PROXY_BROWSER_REFUSED', { what: mark });
    const host = req.headers.host;
    if (host !== undefined && !hostAllowed(hostOfHeader(host))) return new SocklabError('SOCKLAB_PROXY_HOST_NOT_ALLOWED', { host });
    const given = /^bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (expected !== undefined && !timingSafeEqual(digest(given), expected)) {
      return new SocklabError('SOCKLAB_PROXY_UNAUTHORIZED');
    }
    // Browsers may send text/plain, form and multipart bodies cross-origin without asking first; JSON they may not.
    const type = req.headers['content-type'];
    if (type !== undefined && !isJsonType(type)) return new SocklabError('SOCKLAB_PROXY_UNSUPPORTED_MEDIA_TYPE', { type });
    return undefined;
  };
}
