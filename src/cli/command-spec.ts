// The shape every CLI command file exports: its options as data (drives --help and docs/cli.md) and its action.
import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; tests pass their own streams instead of spawning a process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Colour is on only when stdout is a TTY and NO_COLOR is unset (FORCE_COLOR overrides). */
  readonly color: boolean;
  /** True when stderr is a TTY: progress lines go there only then. */
  readonly interactive: boolean;
}

/** One option of a command, as commander flags plus the text shown in --help. */
export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly defaultValue?: string | boolean | number;
}

/** A command: name, arguments, options and the action that runs it; the action returns the exit code. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Commander argument syntax, e.g. `[query...]`. */
  readonly args?: string;
  readonly options: readonly OptionSpec[];
  /** Extra help text shown after the options (examples). */
  readonly examples?: readonly string[];
  readonly action: (args: readonly string[], options: Readonly<Record<string, unknown>>, io: CliIo) => Promise<number>;
}

/** Identity helper that checks a command literal against CommandSpec. */
export function defineCommand(spec: CommandSpec): CommandSpec {
  return spec;
}
