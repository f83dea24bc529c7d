// Last-resort handlers of the socklab process: a reader that went away ends it quietly, a bug prints one line.
import type { Writable } from 'node:stream';
import { terminalSafe } from '../shared/terminal-safe.js';
import { asSocklabError, debugStack } from './failure.js';

/**
 * Exit status when stdout or stderr is a closed pipe (`socklab lab --json | head`): 141, the status a shell reports
 * for a process killed by SIGPIPE, which is how `cat` or `grep` end there; Node ignores SIGPIPE, so we say it.
 */
export const EXIT_BROKEN_PIPE = 141;

/** Ends the process quietly with EXIT_BROKEN_PIPE on EPIPE; on any other stream error, exits 70 without a word. */
function onStreamError(error: NodeJS.ErrnoException): never {
  process.exit(error.code === 'EPIPE' ? EXIT_BROKEN_PIPE : 70);
}

/** Installs the handlers on this process: EPIPE on either stream, and uncaught errors as one line (exit 70). */
export function guardProcess(stdout: Writable = process.stdout, stderr: Writable = process.stderr): void {
  stdout.on('error', onStreamError);
  stderr.on('error', onStreamError);
  const fatal = (thrown: unknown): void => {
    const error = asSocklabError(thrown);
    stderr.write(`socklab: ${terminalSafe(error.message)}\n${debugStack(error)}`);
    process.exit(error.exitCode);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
