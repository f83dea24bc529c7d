// What the peer of one proxy socket really got: bytes its TCP acknowledged, read from the kernel (TCP_INFO).
import type { Socket } from 'node:net';
import { libc } from '../sys/libc.js';
import { tcpBytesAcked } from '../sys/tcp-info.js';

/** The state and bytes acknowledged of an open socket, or undefined (no fd yet or any more, or no TCP_INFO here). */
function info(socket: Socket): ReturnType<typeof tcpBytesAcked> {
  try {
    return tcpBytesAcked(socket);
  } catch {
    return undefined;
  }
}

/**
 * Counts the bytes one socket delivered to its peer. Bytes handed to the socket are not that: a toxic may release
 * held data after the client has gone; the kernel takes it and the peer answers with a RST (the hang_after log said
 * `down 171 B` for a client that got nothing). Nor is the socket's bytesWritten minus what Node still queues: that
 * is what the kernel took, not what arrived. So the count is the kernel's tcpi_bytes_acked, less what it counted
 * before the first byte (1 for the SYN on the side that connected), at most the bytes handed over (the ACK of our
 * FIN counts 1 too). When the socket closes: after a RST (the peer's, or ours with SO_LINGER 0) the kernel drops what
 * was not acknowledged, so the acknowledged count is final; after a FIN it goes on sending what it holds, so every
 * byte it took counts. Where TCP_INFO cannot be read, bytes handed over are counted, as before.
 */
export class DeliveryMeter {
  private handedOver = 0;
  private base: number | undefined;
  private final: number | undefined;

  constructor(private readonly socket: Socket) {}

  /** Load the syscall bindings now (tens of ms, once per process), so the first connection does not wait for them. */
  static prepare(): void {
    try {
      libc();
    } catch {
      // not a platform with verified bindings: bytes handed over are counted
    }
  }

  /** Call once connected, before the first byte is written: takes the baseline and catches the close. */
  start(): this {
    this.base = info(this.socket)?.bytesAcked;
    if (this.base === undefined) return this;
    const destroy = this.socket._destroy;
    // The last moment the fd is there to ask: Node closes the handle inside _destroy.
    this.socket._destroy = (error, callback) => {
      this.final = this.atClose();
      destroy.call(this.socket, error, callback);
    };
    return this;
  }

  /** n bytes were handed to the socket (by a pump or the splice relay). */
  handed(n: number): void {
    this.handedOver += n;
  }

  /** Bytes the peer has acknowledged so far; once closed, the final count. */
  delivered(): number {
    if (this.final !== undefined) return this.final;
    const acked = this.base === undefined ? undefined : info(this.socket)?.bytesAcked;
    return acked === undefined ? this.handedOver : this.acked(acked);
  }

  private acked(bytesAcked: number): number {
    return Math.max(0, Math.min(this.handedOver, bytesAcked - (this.base ?? 0)));
  }

  private atClose(): number {
    const now = info(this.socket);
    if (now?.bytesAcked === undefined) return this.handedOver;
    // Node sets resetAndClosing in resetAndDestroy(), just before destroy(): the close will be a RST.
    const reset = now.state === 'CLOSE' || (this.socket as { resetAndClosing?: boolean }).resetAndClosing === true;
    // After a FIN: what the kernel took. Node counts a write still in progress as all queued, so a destroy() in the
    // middle of one counts only the acknowledged bytes: less than the peer may get, never more.
    return reset ? this.acked(now.bytesAcked) : Math.max(this.acked(now.bytesAcked), this.handedOver - this.socket.writableLength);
  }
}
