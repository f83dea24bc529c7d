// Reads a byte range of a file in large chunks, each straight into the memory where it is scanned (no copy).
import { readSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Reads [start, end) of the file open as `fd` in chunks, each into the buffer `room()` gives when it is read (its full length, but
 * the last), and yields the bytes it read: the consumer takes them before it asks for the next chunk. Reads are
 * synchronous (a 1 MiB read from the page cache takes a fraction of a millisecond; handing it to libuv's thread pool
 * and waiting cost more CPU and wall time), and the event loop gets a turn between chunks, so that the main thread
 * takes the workers' messages while it scans.
 */
export async function* readRange(fd: number, start: number, end: number, room: () => Uint8Array): AsyncGenerator<number> {
  for (let at = start; at < end;) {
    const target = room();
    const length = Math.min(target.length, end - at);
    const bytesRead = readSync(fd, target, 0, length, at);
    // A short read means the file ends before the range does (it shrank): nothing more to read.
    if (bytesRead === 0) return;
    at = bytesRead < length ? end : at + bytesRead;
    yield bytesRead;
    await nextTurn();
  }
}
