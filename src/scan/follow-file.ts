// Reads a file and then keeps reading what is appended to it, polling its size, until the signal aborts.
import { setTimeout as sleep } from 'node:timers/promises';
import { builtinModule } from '../shared/builtin-module.js';

const CHUNK = 1024 * 1024;

/** Options of followFile. */
export interface FollowOptions {
  readonly signal: AbortSignal;
  /** How often to look for growth, in milliseconds. */
  readonly pollMs?: number;
}

/** Yields the file's bytes, then its growth; a file that shrinks (truncated or rotated in place) is read again from the start. */
export async function* followFile(path: string, options: FollowOptions): AsyncGenerator<Buffer> {
  const pollMs = options.pollMs ?? 250;
  // Loaded here, not with scan: node:fs/promises (with readline, which it loads) costs every scan's start ~1.5 ms.
  const { open } = builtinModule<typeof import('node:fs/promises')>('node:fs/promises');
  const handle = await open(path, 'r');
  try {
    let offset = 0;
    while (!options.signal.aborted) {
      const { size } = await handle.stat();
      if (size < offset) offset = 0;
      while (offset < size && !options.signal.aborted) {
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, size - offset));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
      try {
        await sleep(pollMs, undefined, { signal: options.signal });
      } catch {
        // Aborted while waiting: the loop condition ends the follow.
      }
    }
  } finally {
    await handle.close();
  }
}
