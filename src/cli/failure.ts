// Turns anything a command throws into one SocklabError: one line for the user, an exit code, never a stack trace.
import { CommanderError } from 'commander';
import { isSocklabError } from '../errors/is-socklab-error.js';
import { SocklabError } from '../errors/socklab-error.js';
import { terminalSafe } from '../shared/terminal-safe.js';

/** The first line of an error's message (Node's JSON and assertion errors run over several). */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.split('\n')[0]!.trim();
}

/**
 * The failure as a SocklabError: ours as they are, commander's usage errors as SOCKLAB_CLI_USAGE (exit 2), anything
 * else as SOCKLAB_CLI_UNEXPECTED (exit 70) keeping the original as its cause.
 */
export function asSocklabError(error: unknown, command?: string): SocklabError {
  if (isSocklabError(error)) return error as SocklabError;
  if (error instanceof CommanderError) {
    return new SocklabError('SOCKLAB_CLI_USAGE', { problem: error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '), ...(command === undefined ? {} : { command }) });
  }
  return new SocklabError('SOCKLAB_CLI_UNEXPECTED', { reason: firstLine(error) }, { cause: error });
}

/** The line a failure shows the user on stderr: its message, made safe for a terminal. */
export function failureLine(error: SocklabError): string {
  return `socklab: ${terminalSafe(error.message)}\n`;
}

/** What --json prints on stdout when a command fails, so a script always gets a JSON document. */
export function jsonFailure(error: SocklabError): { readonly error: { readonly code: string; readonly message: string; readonly exitCode: number } } {
  return { error: { code: error.code, message: error.message, exitCode: error.exitCode } };
}

/** The stack of an unexpected failure, for SOCKLAB_DEBUG=1 only. */
export function debugStack(error: SocklabError, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SOCKLAB_DEBUG === undefined || env.SOCKLAB_DEBUG === '' || env.SOCKLAB_DEBUG === '0') return '';
  const cause = error.cause instanceof Error ? error.cause : error;
  return `${cause.stack ?? ''}\n`;
}
