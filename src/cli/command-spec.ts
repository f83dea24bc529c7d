// The shape every CLI command file exports: arguments, typed options (option-spec.ts), --json text, and the action.
import type { Readable, Writable } from 'node:stream';
import type { SocklabError } from '../errors/socklab-error.js';
import type { OptionTable, OptionValues } from './option-spec.js';

/** Where a command reads and writes; tests pass their own streams instead of spawning a process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Colour is on only when stdout is a TTY and NO_COLOR is unset (FORCE_COLOR overrides). */
  readonly color: boolean;
  /** True when stderr is a TTY: progress lines go there only then. */
  readonly interactive: boolean;
  /** Columns text output must fit: the terminal's width, or COLUMNS (else 80) when stdout is not a terminal. */
  readonly width: number;
}

/** How a text view is drawn: colour or not, and the columns it must fit. */
export interface TextView {
  readonly color: boolean;
  readonly width: number;
}

/**
 * What an action hands back when it has one result: the CLI prints `result` as JSON with --json, else `text(view)`;
 * then `error` (if any) on stderr. The exit code is `error`'s, else `exitCode`, else 0.
 */
export interface Outcome {
  readonly result: unknown;
  readonly text: (view: TextView) => string;
  readonly exitCode?: number;
  readonly error?: SocklabError;
}

/** A command: name, arguments, options and the action that runs it. */
export interface CommandSpec<O extends OptionTable = OptionTable> {
  readonly name: string;
  readonly summary: string;
  /** Commander argument syntax, e.g. `[query...]`. */
  readonly args?: string;
  /** When the first argument picks an action: each action and what it does (listed in --help and the docs). */
  readonly actions?: Readonly<Record<string, string>>;
  readonly options: O;
  /** What --json prints, for --help and the docs (every command has --json). */
  readonly json: string;
  /** Extra help text shown after the options (examples). */
  readonly examples?: readonly string[];
  /**
   * Runs the command: returns an Outcome for the CLI to print, or an exit code when it printed (streamed) itself. It
   * imports the libraries it calls with `await import(...)`, so that the command table stays cheap to import: --help,
   * the docs generator and every other command load only the specs (test/cli/command-table.test.ts checks it).
   */
  action(args: readonly string[], options: OptionValues<O>, io: CliIo): Promise<Outcome | number>;
}

/** Checks a command literal against CommandSpec and infers its options' types for the action. */
export function defineCommand<O extends OptionTable>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}
