// Reads a byte range of a file in large chunks, each straight into the memory where it is scanned (no copy).
import { open } from 'node:fs/promises';

/**
 * Reads [start, end) of `path` in chunks, each into the buffer `room()` gives when it is read (its full length, but
 * the last), and yields the bytes it read: the consumer takes them before it asks for the next chunk.
 */
export async function* readRange(path: string, start: number, end: number, room: () => Uint8Array): AsyncGenerator<number> {
  const handle = await open(path, 'r');
  try {
    for (let at = start; at < end;) {
      const target = room();
      const length = Math.min(target.length, end - at);
      const { bytesRead } = await handle.read(target, 0, length, at);
      // A short read means the file ends before the range does (it shrank): nothing more to read.
      if (bytesRead === 0) return;
      at = bytesRead < length ? end : at + bytesRead;
      yield bytesRead;
    }
  } finally {
    await handle.close();
  }
}
