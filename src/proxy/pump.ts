// One direction of a link: read from one socket, run each chunk through the active stages, write to the other.
import type { Socket } from 'node:net';
import type { Stage } from './toxic.js';

/** A stage in a pump's chain, with the toxic name that made it. */
export interface ActiveStage {
  readonly name: string;
  readonly stage: Stage;
}

const HIGH_WATER = 256 * 1024;

/** Moves bytes src -> dst; with no stages it is a plain backpressured pipe (the fast path). */
export class Pump {
  /** Replaced (never mutated) by the link when toxics change; a chunk uses the chain it started with. */
  stages: readonly ActiveStage[] = [];
  /** When true the pump reads and drops (close_wait's dead server side). */
  discard = false;
  private readonly queue: { data: Buffer | null; at: number }[] = [];
  private queued = 0;
  private busy = false;
  private waitingDrain = false;
  private stopped = false;

  constructor(
    private readonly src: Socket,
    private readonly dst: Socket,
    private readonly onBytes: (n: number) => void,
    private readonly onFailure: (error: unknown) => void,
  ) {
    src.on('data', (b: Buffer) => this.onData(b));
    src.on('end', () => this.enqueue(null));
  }

  /** Stop moving data (the link is closing). */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
  }

  private onData(b: Buffer): void {
    if (!this.busy && this.queue.length === 0 && this.stages.length === 0) {
      this.writeFast(b);
      return;
    }
    this.enqueue(b);
  }

  private writeFast(b: Buffer): void {
    if (this.discard || this.dst.destroyed) return;
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
    this.queue.push({ data, at: performance.now() });
    if (data !== null) {
      this.queued += data.length;
      if (this.queued > HIGH_WATER) this.src.pause();
    }
    if (!this.busy) void this.run();
  }

  private maybeResume(): void {
    if (!this.stopped && !this.waitingDrain && this.queued <= HIGH_WATER / 2 && this.src.isPaused()) this.src.resume();
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
        await this.runFrom(this.stages, 0, item.data, item.at);
        this.maybeResume();
      }
    } catch (error) {
      this.onFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private runFrom(stages: readonly ActiveStage[], i: number, data: Buffer, at: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const current = stages[i];
    if (current === undefined) return this.writeOut(data);
    if (current.stage.chunk === undefined) return this.runFrom(stages, i + 1, data, at);
    return Promise.resolve(current.stage.chunk(data, (piece) => this.runFrom(stages, i + 1, piece, at), at));
  }

  private writeOut(data: Buffer): Promise<void> {
    if (this.discard || this.dst.destroyed || data.length === 0) return Promise.resolve();
    this.onBytes(data.length);
    if (this.dst.write(data)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.dst.off('drain', done);
        this.dst.off('close', done);
        resolve();
      };
      this.dst.on('drain', done);
      this.dst.on('close', done);
    });
  }

  private async finish(): Promise<void> {
    for (const s of this.stages) {
      if (this.stopped) return;
      await s.stage.end?.();
    }
    if (!this.stopped && !this.dst.destroyed) this.dst.end();
  }
}
