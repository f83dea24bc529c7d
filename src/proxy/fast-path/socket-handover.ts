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

const handleOf = (s: Socket): StreamHandle | undefined => (s as unknown as { _handle?: StreamHandle | null })._handle ?? undefined;

/**
 * Node stops reading `s`: the stream is paused and libuv stops polling the descriptor, so the kernel keeps every
 * unread byte for another reader. Bytes Node had already read but not delivered are delivered first, synchronously,
 * to the 'data' listeners.
 */
export function holdSocket(s: Socket): void {
  s.pause();
  // read() hands buffered chunks to the 'data' listeners; it may also restart the handle, so stop it afterwards.
  while (s.readableLength > 0 && s.read() !== null);
  const h = handleOf(s);
  if (h?.reading === true) {
    h.reading = false;
    h.readStop();
  }
}

/** Node reads `s` again. The handle is restarted by hand: a stream paused mid-read still thinks a read is pending. */
export function resumeSocket(s: Socket): void {
  if (s.destroyed) return;
  s.resume();
  const h = handleOf(s);
  if (h === undefined || h.reading) return;
  h.reading = true;
  const err = h.readStart();
  if (err !== 0) s.destroy(new SystemCallError('read', -err));
}
