// A file the build writes for a fast start (a compiled table): what it was made from, kept whole, then the data. A
// start uses the data only when that is exactly what it would make the data from now. Compared byte for byte rather
// than through a digest: node:crypto would cost every start of scan and explain some 3 ms to load.
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';

/** The file starts with two lengths: of what the data was made from, and of the data (a file cut short is not used). */
const HEAD_BYTES = 8;

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
  const madeFrom = (inputs: unknown): Buffer => Buffer.concat([...code.map((file) => readFileSync(file)), Buffer.from(JSON.stringify(inputs))]);
  /** Reads the data into `into(bytes)` when the file was made from `inputs`; only what it was made from is read otherwise. */
  const readIf = (inputs: unknown, into: (bytes: number) => Uint8Array): Uint8Array | null => {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const expected = madeFrom(inputs);
      const head = Buffer.alloc(HEAD_BYTES + expected.length);
      if (readSync(fd, head, 0, head.length, 0) !== head.length || head.readUInt32LE(0) !== expected.length || !head.subarray(HEAD_BYTES).equals(expected)) return null;
      const bytes = head.readUInt32LE(4);
      if (fstatSync(fd).size !== head.length + bytes) return null;
      const data = into(bytes);
      return readSync(fd, data, 0, bytes, head.length) === bytes ? data : null;
    } catch {
      return null;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  return {
    read: (inputs, into = (bytes) => Buffer.allocUnsafe(bytes)) => readIf(inputs, into),
    write: (inputs, data) => {
      const from = madeFrom(inputs);
      const head = Buffer.alloc(HEAD_BYTES);
      head.writeUInt32LE(from.length, 0);
      head.writeUInt32LE(data.length, 4);
      writeFileSync(path, Buffer.concat([head, from, data]));
    },
  };
}
