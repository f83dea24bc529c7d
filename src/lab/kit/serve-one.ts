// A one-request HTTP server on a raw listener: accept, read the request, answer, and keep the connection open.
import type { RawSocket } from '../../sys/raw-socket.js';
import type { Timeline } from '../timeline.js';
import { record } from './record.js';

/** A keep-alive answer with a two-byte body. */
export const KEEP_ALIVE_RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok';

/** Accepts one connection, reads one request and writes `response`, leaving the connection open; undefined when none came in 3 s. */
export async function serveOne(timeline: Timeline, listener: RawSocket, response: string = KEEP_ALIVE_RESPONSE): Promise<RawSocket | undefined> {
  if (!(await listener.readable(3000))) return undefined;
  const accepted = record(timeline, 'server', 'accept', listener.accept());
  if (!accepted.ok) return undefined;
  const conn = accepted.value;
  const got = await conn.readWait(3000);
  if (got.ok && got.value.length > 0) conn.write(response);
  return conn;
}
