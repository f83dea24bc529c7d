// Builds the CliIo of the real process: colour only on a TTY and never with NO_COLOR, width from the terminal.
import type { CliIo } from './command-spec.js';
import { guardProcess } from './guard-process.js';

/** True when colour should be used on a stream with this TTY-ness, following NO_COLOR and FORCE_COLOR. */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

/** Text output is never laid out narrower than this, however narrow the terminal says it is. */
export const MIN_WIDTH = 40;

/**
 * The columns text output must fit: COLUMNS when set (as POSIX tools honour it), else the terminal's width, else 80
 * when stdout is a pipe or a file, so piped output is the same whatever terminal the pipeline runs in.
 */
export function outputWidth(columns: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.COLUMNS);
  const width = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : columns !== undefined && columns > 0 ? columns : 80;
  return Math.max(MIN_WIDTH, width);
}

/** The CliIo of this process; also installs its last-resort handlers (quiet end on EPIPE, no stack traces). */
export function processIo(): CliIo {
  guardProcess();
  return {
    // Set up on first use (some 5 ms, a socket for a pipe): most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    color: wantsColor(process.stdout.isTTY === true),
    interactive: process.stderr.isTTY === true,
    width: outputWidth(process.stdout.isTTY === true ? process.stdout.columns : undefined),
  };
}
