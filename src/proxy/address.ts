// Parsing and printing "host:port" the way Toxiproxy does (IPv6 in brackets, localhost bound as 127.0.0.1).
import { SocklabError } from '../errors/socklab-error.js';

/** A host and a port. */
export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/**
 * Split "host:port", "[::1]:port" or ":port"; `localhost` becomes 127.0.0.1 as Go's resolver would bind it.
 * An empty listen is a free port on 127.0.0.1 (Toxiproxy binds every interface for it: a relay nobody asked for).
 */
export function parseHostPort(text: string, field: string): HostPort {
  if (text === '' && field === 'listen') return { host: '127.0.0.1', port: 0 };
  // No host name holds a space or a control character: refuse them here rather than fail at every dial.
  // eslint-disable-next-line no-control-regex
  const m = /^(?:\[([^\]\s\x00-\x1f\x7f]*)\]|([^:\s\x00-\x1f\x7f]*)):(\d{1,5})$/.exec(text);
  const port = m === null ? NaN : Number(m[3]);
  if (m === null || port > 65535) throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: `${field} ${JSON.stringify(text)} is not host:port` });
  const host = m[1] ?? m[2] ?? '';
  return { host: host === 'localhost' ? '127.0.0.1' : host === '' ? '0.0.0.0' : host, port };
}
