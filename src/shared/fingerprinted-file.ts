// A file the build writes for a fast start (a compiled table): what it was made from, as a SHA-256 fingerprint, then
// the data. A start uses the data only when the fingerprint is that of what it would make the data from now.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';

const FINGERPRINT_BYTES = 32;

/** One such file: read() its data when it was made from `inputs`, write() it. */
export interface FingerprintedFile {
  /**
   * The data when the file was made from `inputs` by the same code, else null (no file, or made from other inputs):
   * read into `into(bytes)` when given (a WebAssembly memory, say: no copy), else into a new buffer.
   */
  read(inputs: unknown, into?: (bytes: number) => Uint8Array): Uint8Array | null;
  write(inputs: unknown, data: Uint8Array): void;
}

/**
 * The file at `path`, made by the modules at `code` (their compiled files: data laid out by other code, as in a dist/
 * rebuilt by tsc alone after they changed, is made anew rather than misread).
 */
export function fingerprintedFile(path: URL, code: readonly URL[]): FingerprintedFile {
  const fingerprint = (inputs: unknown): Buffer => {
    const hash = createHash('sha256');
    for (const file of code) hash.update(readFileSync(file));
    return hash.update(JSON.stringify(inputs)).digest();
  };
  /** Reads the data into `into(bytes)` when the file was made from `inputs`; only its fingerprint is read otherwise. */
  const readIf = (inputs: unknown, into: (bytes: number) => Uint8Array): Uint8Array | null => {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const head = Buffer.alloc(FINGERPRINT_BYTES);
      if (readSync(fd, head, 0, FINGERPRINT_BYTES, 0) !== FINGERPRINT_BYTES || !head.equals(fingerprint(inputs))) return null;
      const data = into(fstatSync(fd).size - FINGERPRINT_BYTES);
      return readSync(fd, data, 0, data.length, FINGERPRINT_BYTES) === data.length ? data : null;
    } catch {
      return null;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  return {
    read: (inputs, into = (bytes) => Buffer.allocUnsafe(bytes)) => readIf(inputs, into),
    write: (inputs, data) => writeFileSync(path, Buffer.concat([fingerprint(inputs), data])),
  };
}
