// Opens a scan source (a path or `-` for stdin) as a stream of byte chunks, gunzipping when the magic bytes say gzip.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { SocklabError } from '../errors/socklab-error.js';
import { builtinModule } from '../shared/builtin-module.js';
import { isGzipHead } from './gzip-magic.cjs';

/** Read size for files: large chunks keep per-chunk overhead low. */
const CHUNK = 1024 * 1024;

/** An opened source: its byte chunks and whether it turned out to be gzip. */
export interface OpenedInput {
  readonly chunks: AsyncIterable<Buffer>;
  /** Known once the first chunk has been read. */
  readonly gzip: () => boolean;
}

async function* decompressing(raw: AsyncIterable<Buffer>, name: string, mark: () => void): AsyncGenerator<Buffer> {
  const iterator = raw[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done === true) break;
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  if (head.length === 0) return;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  if (!isGzipHead(head)) {
    yield* rest();
    return;
  }
  mark();
  // Loaded for a gzip source only: node:zlib costs every scan's start ~1 ms.
  const { createGunzip } = builtinModule<typeof import('node:zlib')>('node:zlib');
  const gunzip = Readable.from(rest()).pipe(createGunzip({ chunkSize: CHUNK }));
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: name, reason: (error as Error).message }, { cause: error });
  }
}

async function* guarded(raw: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<Buffer> {
  try {
    // A stdin with an encoding set (or an object-mode stream of text) yields strings.
    for await (const chunk of raw) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: name, reason }, { cause: error });
  }
}

/** Opens `name` (`-` means `stdin`); gzip is detected from the first two bytes, whatever the file is called. */
export function openInput(name: string, stdin: Readable, raw?: AsyncIterable<Buffer>): OpenedInput {
  let gzip = false;
  const source = raw ?? (name === '-' ? stdin : createReadStream(name, { highWaterMark: CHUNK }));
  return { chunks: decompressing(guarded(source as AsyncIterable<Buffer | string>, name), name, () => (gzip = true)), gzip: () => gzip };
}
