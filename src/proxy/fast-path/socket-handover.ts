// Takes a net.Socket's descriptor away from libuv (no reads, no polling) and gives it back: the fast path's rule of
// one reader per socket. Node has no public call for this; the two handle calls used are what Node's own
// net.Socket uses to stop and start reading (socket.pause() alone keeps reading until its buffer fills).
import type { Socket } from 'node:net';
import { SystemCallError } from '../../errors/system-call-error.js';

interface StreamHandle {
  reading: boolean;
  readStop(): number;
  readStart(): number;
}

/** The parts of a held socket this module touches: its handle, and the stream's own read hook. */
interface Internals {
  _handle?: StreamHandle | null;
  _read?: (size: number) => void;
}

const internals = (s: Socket): Internals => s as unknown as Internals;

/** Stands in for net.Socket's _read while held: the stream machinery asks for more (a paused stream does, on the
 * next tick after a chunk, until its buffer fills), and the socket's own _read would restart the handle. */
const readNothing = (): void => undefined;

/**
 * Node stops reading `s`: the stream is paused and libuv stops polling the descriptor, so the kernel keeps every
 * unread byte for another reader. Bytes Node had already read but not delivered are delivered first, synchronously,
 * to the 'data' listeners. Until releaseSocket, nothing in Node restarts the reads.
 */
export function holdSocket(s: Socket): void {
  s.pause();
  // read() hands buffered chunks to the 'data' listeners; it may also restart the handle, so stop it afterwards.
  while (s.readableLength > 0 && s.read() !== null);
  const own = internals(s);
  own._read = readNothing;
  const h = own._handle ?? undefined;
  if (h?.reading === true) {
    h.reading = false;
    h.readStop();
  }
}

/**
 * Node may read `s` again: its handle is restarted by hand (a stream paused mid-read still thinks a read is
 * pending, so resume() alone would not). Whether data flows to listeners stays the stream's own flowing state.
 */
export function releaseSocket(s: Socket): void {
  const own = internals(s);
  if (Object.hasOwn(own, '_read')) delete own._read; // net.Socket's own again
  const h = own._handle ?? undefined;
  if (s.destroyed || h === undefined || h.reading) return;
  h.reading = true;
  const err = h.readStart();
  if (err !== 0) s.destroy(new SystemCallError('read', -err));
}
