// Reads a byte range of a file in large chunks through one reused buffer (no allocation or page faults per chunk).
import { open } from 'node:fs/promises';

const CHUNK = 1024 * 1024;

/**
 * Yields [start, end) of `path` in chunks of up to 1 MiB. Every chunk is a view of the same buffer, valid only until
 * the next one is requested: a consumer must copy what it keeps (LineScanner copies only partial lines).
 */
export async function* readRange(path: string, start: number, end: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, end - start)));
    for (let at = start; at < end;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - at), at);
      if (bytesRead === 0) return;
      at += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
