// In-memory CliIo for CLI tests: collects what a command writes, feeds it stdin text.
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command-spec.js';

/** A CliIo over strings, plus getters for what was written. */
export function memoryIo(stdinText = '', options: { color?: boolean; interactive?: boolean; width?: number } = {}): CliIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  return {
    stdin: Readable.from([stdinText]),
    stdout,
    stderr,
    color: options.color ?? false,
    interactive: options.interactive ?? false,
    width: options.width ?? 80,
    out: () => out,
    err: () => err,
  };
}
