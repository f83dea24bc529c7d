// A file the build writes for a fast start (a compiled table): what it was made from, as a SHA-256 fingerprint, then
// the data. A start uses the data only when the fingerprint is that of what it would make the data from now.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';

const FINGERPRINT_BYTES = 32;

/** One such file: read() its data when it was made from `inputs`, write() it. */
export interface FingerprintedFile {
  /** The data when the file was made from `inputs` by the same code, else null (no file, or made from other inputs). */
  read(inputs: unknown): Buffer | null;
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
  /** The fingerprint the file begins with; only it is read for inputs it was not made from (tests make many). */
  const head = (): Buffer | null => {
    try {
      const fd = openSync(path, 'r');
      try {
        const bytes = Buffer.alloc(FINGERPRINT_BYTES);
        return readSync(fd, bytes, 0, FINGERPRINT_BYTES, 0) === FINGERPRINT_BYTES ? bytes : null;
      } finally {
        closeSync(fd);
      }
    } catch {
      return null;
    }
  };
  return {
    read: (inputs) => (head()?.equals(fingerprint(inputs)) === true ? readFileSync(path).subarray(FINGERPRINT_BYTES) : null),
    write: (inputs, data) => writeFileSync(path, Buffer.concat([fingerprint(inputs), data])),
  };
}
