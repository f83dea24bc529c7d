// Wires commander to the command table: typed options, one place for --json, failures as one line and an exit code.
import { Command, CommanderError, Option, type OutputConfiguration } from 'commander';
import { readFileSync } from 'node:fs';
import { SocklabError } from '../errors/socklab-error.js';
import type { CliIo, CommandSpec } from './command-spec.js';
import { commandsFor, isCommandName } from './command-loaders.js';
import { safeOutput, terminalSafe } from '../shared/terminal-safe.js';
import { fitText } from '../shared/wrap-text.js';
import { exampleLines } from './render/example-lines.js';
import { asSocklabError, debugStack, failureLine, jsonFailure } from './failure.js';
import { jsonText } from './json-output.js';
import { longFlag, optionFlags, optionHelp, type OptionSpec, type OptionTable, type OptionValues } from './option-spec.js';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** socklab's version, from package.json. */
export const VERSION = version;

function commanderOption(command: string, key: string, spec: OptionSpec<unknown>): Option {
  const flags = optionFlags(key, spec);
  const option = new Option(flags, optionHelp(spec));
  if (spec.placeholder === undefined) return option;
  return option.argParser((raw: string, previous: unknown) => {
    const read = spec.read(raw, previous === undefined ? spec.initial : previous);
    if (read.ok) return read.value;
    const suggestion = read.suggestion === undefined ? {} : { suggestion: read.suggestion };
    throw new SocklabError('SOCKLAB_CLI_BAD_OPTION', { option: longFlag(key), value: raw, accepts: spec.accepts, command, ...suggestion });
  });
}

/** The typed option values of a parse: each given value (already read), else the option's initial value. */
function optionValues<O extends OptionTable>(spec: CommandSpec<O>, given: Readonly<Record<string, unknown>>): OptionValues<O> {
  const values: Record<string, unknown> = { json: given.json === true };
  for (const [key, option] of Object.entries(spec.options)) values[key] = given[key] ?? option.initial;
  return values as OptionValues<O>;
}

/** A parsed command line: the command, its arguments and its typed, checked option values. */
export interface Invocation {
  readonly spec: CommandSpec;
  readonly args: readonly string[];
  readonly options: OptionValues<OptionTable>;
}

function register(program: Command, spec: CommandSpec, width: number, found: (invocation: Invocation) => void): Command {
  const command = program.command(spec.name).description(spec.summary);
  if (spec.args !== undefined) command.arguments(spec.args);
  for (const [key, option] of Object.entries(spec.options)) command.addOption(commanderOption(spec.name, key, option));
  command.addOption(new Option('--json', spec.json));
  // Help texts are laid out when help is shown, not at every start.
  const { actions, examples } = spec;
  if (actions !== undefined) {
    const column = Math.max(...Object.keys(actions).map((a) => a.length));
    command.addHelpText('after', () => `\nActions:\n${fitText(Object.entries(actions).map(([a, what]) => `  ${a.padEnd(column)}  ${what}`).join('\n'), width)}`);
  }
  if (examples !== undefined) command.addHelpText('after', () => `\nExamples:\n${examples.flatMap((e) => exampleLines(e, width)).join('\n')}`);
  command.showHelpAfterError(`Run \`socklab ${spec.name} --help\` for usage.`);
  command.action((...received: unknown[]) => {
    const cmd = received[received.length - 1] as Command;
    found({ spec, args: cmd.args, options: optionValues(spec, cmd.opts()) });
  });
  return command;
}

/** Where commander writes: io's streams at io's width; its errors prefixed `socklab:` and naming accepted values. */
function output(io: CliIo, spec?: CommandSpec): OutputConfiguration {
  const accepts = (flags: string): string => {
    const key = Object.keys(spec?.options ?? {}).find((k) => optionFlags(k, spec!.options[k]!) === flags);
    return key === undefined ? '' : `: expected ${spec!.options[key]!.accepts ?? 'a value'}`;
  };
  // `socklab explain '-ECONNRESET ...'` or `-104`: an argument, not a mistyped flag; say how to pass it.
  const asArgument = (flag: string): string =>
    spec?.args !== undefined && !/^(?:--[a-z][a-z-]*|-[a-zA-Z])$/.test(flag)
      ? `\nTo pass an argument that starts with '-', put -- before it: socklab ${spec.name} -- '${flag}'`
      : '';
  return {
    writeOut: (s) => void io.stdout.write(s),
    writeErr: (s) => void io.stderr.write(s),
    // Commander quotes the user's argv back: escape its controls, line by line.
    outputError: (s, write) => write(s.split('\n').map(terminalSafe).join('\n').replace(/^error: /, 'socklab: ').replace(/option '([^']+)' argument missing/, (m: string, flags: string) => `${m}${accepts(flags)}`)
      .replace(/unknown option '([^']+)'(.*)/, (m: string, flag: string) => `${m}${asArgument(flag)}`)),
    getOutHelpWidth: () => io.width,
    getErrHelpWidth: () => io.width,
  };
}

/**
 * Parses `argv` against `commands` (the table, or the part of it `argv` needs) and runs nothing (tests call it
 * directly): the invocation, or undefined when commander printed help or the version. A bad option throws
 * SOCKLAB_CLI_BAD_OPTION, other usage errors a CommanderError, after commander printed its message to io.stderr.
 */
export function parseCommandLine(argv: readonly string[], io: CliIo, commands: readonly CommandSpec[]): Invocation | undefined {
  let invocation: Invocation | undefined;
  const root = new Command('socklab')
    .description('Make TCP socket errors understandable, reproducible, injectable and survivable.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('Run `socklab --help` for usage.')
    .exitOverride()
    // Commander leaves descriptions unwrapped when fewer than 40 columns remain beside the flags: on a 60-column
    // terminal every line overflowed. Wrapped into 20 columns still reads; inherited by each command.
    .configureHelp({ minWidthToWrap: 20 })
    .configureOutput(output(io));
  for (const spec of commands) register(root, spec, io.width, (found) => (invocation = found)).exitOverride().configureOutput(output(io, spec));
  try {
    root.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return undefined;
    throw error;
  }
  return invocation;
}

/** Runs an invocation's action and prints its outcome: the result as JSON with --json, else its text view. */
async function run({ spec, args, options }: Invocation, io: CliIo): Promise<number> {
  const outcome = await spec.action(args, options, io);
  if (typeof outcome === 'number') return outcome;
  io.stdout.write(options.json ? jsonText(outcome.result) : safeOutput(outcome.text({ color: io.color, width: io.width })));
  if (outcome.error !== undefined) io.stderr.write(failureLine(outcome.error));
  return outcome.error?.exitCode ?? outcome.exitCode ?? 0;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const invocation = parseCommandLine(argv, io, await commandsFor(argv));
    return invocation === undefined ? 0 : await run(invocation, io);
  } catch (thrown) {
    // The command named, so --json's usage error says `socklab scan --help`, as commander's text does.
    const error = asSocklabError(thrown, isCommandName(argv[0]) ? argv[0] : undefined);
    // Commander has already printed its own usage errors.
    if (!(thrown instanceof CommanderError)) io.stderr.write(`${failureLine(error)}${debugStack(error)}`);
    const dashDash = argv.indexOf('--');
    if (argv.slice(0, dashDash < 0 ? argv.length : dashDash).includes('--json')) io.stdout.write(jsonText(jsonFailure(error)));
    return error.exitCode;
  }
}
