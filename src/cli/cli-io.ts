// Builds the CliIo of the real process: colour only on a TTY and never with NO_COLOR.
import type { CliIo } from './command-spec.js';

/** True when colour should be used on a stream with this TTY-ness, following NO_COLOR and FORCE_COLOR. */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

/** The CliIo for this process. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    color: wantsColor(process.stdout.isTTY === true),
    interactive: process.stderr.isTTY === true,
  };
}
