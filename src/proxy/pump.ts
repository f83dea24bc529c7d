// One direction of a link: read from one socket, run each chunk through its stage chain, write to the other socket.
import type { Socket } from 'node:net';
import { fairShare } from './fair-share.js';
import { liveFrom, StageChain, type StageNode } from './stage-chain.js';

const HIGH_WATER = 256 * 1024;
const DONE: Promise<void> = Promise.resolve();

/** Moves bytes src -> dst; while its chain has no acting stage it is a plain backpressured pipe (the fast path). */
export class Pump {
  /** The toxics' stages for this direction; the link edits it, the pump walks it chunk by chunk. */
  readonly chain = new StageChain();
  /** When true the pump reads and drops (close_wait's dead server side). */
  discard = false;
  /** While true the pump never resumes its source: the splice relay owns the socket (fast-path/path-switch.ts). */
  private held = false;
  private readonly queue: { data: Buffer | null; at: number }[] = [];
  private queued = 0;
  private busy = false;
  private waitingDrain = false;
  /** stop() was called: the link is closing and nothing more is taken in. */
  stopped = false;
  /** Pieces passed on while an earlier write still sits in Node's queue: merged, written as one when it flushes. */
  private staged: Buffer[] = [];
  private stagedBytes = 0;
  private flushing = false;
  /** The sender's FIN arrived while merged pieces were still being written: end once they are. */
  private pendingEnd = false;
  private readonly stagedWaiters: (() => void)[] = [];
  /** The sender's FIN arrived while merged pieces were still being written: end once they are. */
  constructor(
    private readonly src: Socket,
    private readonly dst: Socket,
    private readonly onBytes: (n: number) => void,
    private readonly onFailure: (error: unknown) => void,
  ) {
    src.on('data', (b: Buffer) => this.onData(b));
    src.on('end', () => this.enqueue(null));
  }

  /** Stop taking data in (the link is closing); what was already passed on still gets written. */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
  }

  /** Hold the source (backpressure never resumes it) or let go of it (resumed unless the pump still waits). */
  hold(on: boolean): void {
    this.held = on;
    if (!on) this.maybeResume();
  }

  /** Bytes of the source read elsewhere (the splice relay's pipe), passed on as if the source had just sent them. */
  inject(b: Buffer): void {
    this.onData(b);
  }

  /** Nothing queued, in a stage, being merged or waiting in Node's write buffer. */
  get idle(): boolean {
    return !this.busy && this.queue.length === 0 && !this.flushing && this.stagedBytes === 0 && this.dst.writableLength === 0;
  }

  /** Bytes passed on but not yet handed to the kernel. */
  get unflushed(): number {
    return this.stagedBytes + this.dst.writableLength;
  }

  /** While the chain is pass-through, nothing queued and nothing merging, bytes go straight on (a zero-copy path could take over here). */
  private onData(b: Buffer): void {
    if (!this.busy && this.queue.length === 0 && this.chain.passThrough && !this.flushing) {
      this.writeFast(b);
      return;
    }
    this.enqueue(b);
  }

  private writeFast(b: Buffer): void {
    if (this.discard || this.dst.destroyed || this.stopped) return;
    this.onBytes(b.length);
    if (!this.dst.write(b) && !this.waitingDrain) {
      this.waitingDrain = true;
      this.src.pause();
      this.dst.once('drain', () => {
        this.waitingDrain = false;
        this.maybeResume();
      });
    }
  }

  private enqueue(data: Buffer | null): void {
    if (this.stopped) return;
    this.queue.push({ data, at: performance.now() });
    if (data !== null) {
      this.queued += data.length;
      if (this.queued > HIGH_WATER) this.src.pause();
    }
    if (!this.busy) void this.run();
  }

  private maybeResume(): void {
    if (!this.stopped && !this.held && !this.waitingDrain && this.queued <= HIGH_WATER / 2 && this.src.isPaused()) this.src.resume();
  }

  private async run(): Promise<void> {
    this.busy = true;
    try {
      while (this.queue.length > 0 && !this.stopped) {
        const item = this.queue.shift();
        if (item === undefined) break;
        if (item.data === null) {
          await this.finish();
          break;
        }
        this.queued -= item.data.length;
        await this.runFrom(this.chain.head, item.data, item.at);
        this.maybeResume();
      }
    } catch (error) {
      this.onFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private runFrom(from: StageNode | undefined, data: Buffer, at: number): Promise<void> {
    let node = liveFrom(from);
    while (node !== undefined && node.stage?.chunk === undefined) node = liveFrom(node.next);
    if (node === undefined) return this.writeOut(data);
    const here = node;
    return Promise.resolve(here.stage!.chunk!(data, (piece) => this.runFrom(here.next, piece, at), at));
  }

  private writeOut(data: Buffer): Promise<void> {
    if (this.discard || this.dst.destroyed || data.length === 0) return DONE;
    if (this.flushing) return this.stage(data);
    this.send(data);
    return fairShare() ?? DONE;
  }

  private send(data: Buffer): void {
    this.onBytes(data.length);
    this.dst.write(data, this.afterWrite);
    // Still in Node's queue: the kernel buffer is full, so later pieces are merged until it flushes.
    if (this.dst.writableLength > 0) this.flushing = true;
  }

  private stage(data: Buffer): Promise<void> {
    const last = this.staged[this.staged.length - 1];
    if (last !== undefined && last.buffer === data.buffer && last.byteOffset + last.length === data.byteOffset) {
      this.staged[this.staged.length - 1] = Buffer.from(last.buffer, last.byteOffset, last.length + data.length);
    } else this.staged.push(data);
    this.stagedBytes += data.length;
    if (this.stagedBytes < HIGH_WATER) return fairShare() ?? DONE;
    return new Promise((resolve) => this.stagedWaiters.push(resolve));
  }

  private readonly afterWrite = (error?: Error | null): void => {
    if (error !== undefined && error !== null) {
      this.staged = [];
      this.stagedBytes = 0;
    }
    if (this.dst.writableLength > 0 || !this.flushing) return;
    this.flushing = false;
    if (this.stagedBytes > 0 && !this.dst.destroyed) {
      const merged = this.staged.length === 1 ? this.staged[0]! : Buffer.concat(this.staged, this.stagedBytes);
      this.staged = [];
      this.stagedBytes = 0;
      this.send(merged);
    }
    for (const go of this.stagedWaiters.splice(0)) go();
    if (!this.flushing && this.pendingEnd) this.endNow();
  };

  private async finish(): Promise<void> {
    for (let n = liveFrom(this.chain.head); n !== undefined && !this.stopped; n = liveFrom(n.next)) await n.stage?.end?.();
    if (this.stopped) return;
    if (this.flushing) this.pendingEnd = true;
    else this.endNow();
  }

  private endNow(): void {
    this.pendingEnd = false;
    if (!this.dst.destroyed) this.dst.end();
  }
}
