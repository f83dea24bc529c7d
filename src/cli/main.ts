// Wires commander to the command table: parse, run the action, turn failures into messages and exit codes.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isSocklabError } from '../errors/is-socklab-error.js';
import type { CliIo, CommandSpec } from './command-spec.js';
import { COMMANDS } from './commands/index.js';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** socklab's version, from package.json. */
export const VERSION = version;

function register(program: Command, spec: CommandSpec, io: CliIo, setExit: (code: number) => void): void {
  const command = program.command(spec.name).description(spec.summary);
  if (spec.args !== undefined) command.arguments(spec.args);
  for (const option of spec.options) {
    if (option.defaultValue === undefined) command.option(option.flags, option.description);
    else command.option(option.flags, option.description, option.defaultValue as string | boolean);
  }
  if (spec.examples !== undefined) command.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join('\n')}`);
  command.action(async (...received: unknown[]) => {
    const cmd = received[received.length - 1] as Command;
    const args = cmd.args;
    setExit(await spec.action(args, cmd.opts(), io));
  });
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('socklab')
    .description('Make TCP socket errors understandable, reproducible, injectable and survivable.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const spec of COMMANDS) register(program, spec, io, (code) => (exitCode = code));
  program.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isSocklabError(error)) {
      io.stderr.write(`socklab: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
