// Reads a byte range of a file in large chunks through two reused buffers (no allocation or page faults per chunk).
import { open } from 'node:fs/promises';

const CHUNK = 1024 * 1024;

/**
 * Buffers of CHUNK bytes that ended reads left for the next ones in this thread: a file scanned in 32 pieces took 64
 * fresh 1 MiB buffers, and the garbage collector ran full collections for that external memory alone.
 */
const spare: Buffer[] = [];

/**
 * Yields [start, end) of `path` in chunks of up to 1 MiB. Each chunk is valid only until the next one is requested:
 * a consumer must copy what it keeps (LineScanner copies only partial lines). The next chunk is read while the
 * consumer works on this one, so the thread does not sit idle waiting for the read.
 */
export async function* readRange(path: string, start: number, end: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const buffers = [spare.pop() ?? Buffer.allocUnsafe(CHUNK), spare.pop() ?? Buffer.allocUnsafe(CHUNK)] as const;
  let at = start;
  let turn = 0;
  const readNext = (): Promise<Buffer> | null => {
    if (at >= end) return null;
    const buffer = buffers[turn++ % 2]!;
    const length = Math.min(buffer.length, end - at);
    const from = at;
    at += length;
    return handle.read(buffer, 0, length, from).then(({ bytesRead }) => {
      // A short read means the file ends before the range does (it shrank): nothing more to read.
      if (bytesRead < length) at = end;
      return buffer.subarray(0, bytesRead);
    });
  };
  let pending = readNext();
  try {
    while (pending !== null) {
      const chunk = await pending;
      if (chunk.length === 0) return;
      pending = readNext();
      yield chunk;
    }
  } finally {
    // A read still in flight must finish before the file is closed under it and its buffer is handed on.
    await pending?.catch(() => undefined);
    await handle.close();
    spare.push(...buffers);
  }
}
