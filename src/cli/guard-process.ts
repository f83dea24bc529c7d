// Last-resort handlers of the socklab process: a reader that went away ends it quietly, an output that fails or a bug
// prints one line.
import type { Writable } from 'node:stream';
import { SocklabError } from '../errors/socklab-error.js';
import { asSocklabError, debugStack, failureLine } from './failure.js';

/**
 * Exit status when stdout or stderr is a closed pipe (`socklab lab --json | head`): 141, the status a shell reports
 * for a process killed by SIGPIPE, which is how `cat` or `grep` end there; Node ignores SIGPIPE, so we say it.
 */
export const EXIT_BROKEN_PIPE = 141;

/**
 * Ends the process when one of its output streams fails: quietly with EXIT_BROKEN_PIPE on EPIPE; on any other error (a
 * full disk, an I/O error) as SOCKLAB_OUTPUT_UNWRITABLE, saying so on `report` when that stream still works.
 */
function onStreamError(error: NodeJS.ErrnoException, target: string, report: Writable | null): never {
  if (error.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
  const failure = new SocklabError('SOCKLAB_OUTPUT_UNWRITABLE', { target, reason: error.message });
  report?.write(failureLine(failure));
  process.exit(failure.exitCode);
}

/** Installs the handlers on this process: a failing stdout or stderr, and uncaught errors as one line (exit 70). */
export function guardProcess(stdout: Writable = process.stdout, stderr: Writable = process.stderr): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => onStreamError(error, 'standard output', stderr));
  stderr.on('error', (error: NodeJS.ErrnoException) => onStreamError(error, 'standard error', null));
  const fatal = (thrown: unknown): void => {
    const error = asSocklabError(thrown);
    stderr.write(`${failureLine(error)}${debugStack(error)}`);
    process.exit(error.exitCode);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
