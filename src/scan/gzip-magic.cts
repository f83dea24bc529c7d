// gzip's magic bytes, which decide that a scan source is streamed and gunzipped, never split. CommonJS, as the
// executable's early start of scan workers (scan-workers.cts) reads them too.
import { closeSync, openSync, readSync } from 'node:fs';

/** True when a file's first bytes `head` are gzip's magic bytes. */
export function isGzipHead(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** True when the file at `path` starts with gzip's magic bytes; what open or read throws is thrown as it is. */
export function fileStartsWithGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return isGzipHead(head.subarray(0, readSync(fd, head, 0, 2, 0)));
  } finally {
    closeSync(fd);
  }
}
