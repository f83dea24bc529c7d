// A bench script's command line, read before the bench runs: --help prints the usage (exit 0), a mistake one line naming it.
// An unknown option, a missing or a bad value: that line, then the usage, on stderr, and exit 2; never a stack trace.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { closestMatch } from '../src/shared/closest-match.js';
import { terminalSafe } from '../src/shared/terminal-safe.js';
import { fitLine, wrap } from '../src/shared/wrap-text.js';
import { longFlag, optionFlags, optionHelp, type OptionSpec } from '../src/cli/option-spec.js';

/** A bench's options, keyed by camelCase name, built with src/cli/option-spec.ts's constructors (integer, flag, text). */
export type BenchOptionTable = Readonly<Record<string, OptionSpec<unknown>>>;

/** The typed values of a table: each option's value as read, else its default. */
export type BenchOptionValues<O extends BenchOptionTable> = { readonly [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

/**
 * `usage` (the synopsis line, then paragraphs on what the bench does, rewrapped), then the options the table
 * describes, fitted to `stream`'s width (at most 120 columns).
 */
function helpText(usage: string, options: BenchOptionTable, stream: NodeJS.WriteStream): string {
  const width = Math.min(stream.columns ?? 120, 120);
  const [synopsis = '', ...about] = usage.trim().split('\n');
  const paragraphs = about.join('\n').split(/\n\s*\n/).map((p) => wrap(p.trim().replace(/\s*\n\s*/g, ' '), width, false).join('\n'));
  const rows = [...Object.entries(options).map(([key, spec]) => [optionFlags(key, spec), optionHelp(spec)]), ['-h, --help', 'print this help and exit']];
  const column = Math.max(...rows.map(([flags]) => flags!.length));
  const optionLines = rows.map(([flags, help]) => fitLine(`  ${flags!.padEnd(column)}  ${help!}`, width));
  return `${[fitLine(synopsis, width), ...paragraphs, '', 'Options:', ...optionLines].join('\n')}\n`;
}

/** Ends the process for a mistake on the command line: one line naming it (as typed, made terminal-safe), then the help. */
function refuse(problem: string, usage: string, options: BenchOptionTable): never {
  process.stderr.write(`bench/${basename(process.argv[1] ?? 'bench', '.js')}: ${terminalSafe(problem)}\n\n${helpText(usage, options, process.stderr)}`);
  process.exit(2);
}

/**
 * Reads `argv` (the script's arguments) against `options` and returns their values. Ends the process on --help
 * (exit 0) and on any mistake (exit 2), so a bench never starts with options it did not understand.
 */
export function benchOptions<O extends BenchOptionTable>(usage: string, options: O, argv: readonly string[] = process.argv.slice(2)): BenchOptionValues<O> {
  const byFlag = new Map(Object.entries(options).map(([key, spec]) => [longFlag(key).slice(2), { key, spec }]));
  const config = Object.fromEntries([...byFlag].map(([flag, { spec }]) => [flag, { type: spec.placeholder === undefined ? 'boolean' as const : 'string' as const }]));
  // Not strict: the tokens let each mistake be named here, in one line, instead of by parseArgs' multi-line errors.
  const { tokens } = parseArgs({ args: [...argv], options: { ...config, help: { type: 'boolean', short: 'h' } }, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) {
    process.stdout.write(helpText(usage, options, process.stdout));
    process.exit(0);
  }
  const values: Record<string, unknown> = Object.fromEntries(Object.entries(options).map(([key, spec]) => [key, spec.initial]));
  for (const token of tokens) {
    if (token.kind === 'positional') refuse(`unexpected argument '${token.value}': this bench takes options only`, usage, options);
    if (token.kind !== 'option') continue;
    const option = byFlag.get(token.name);
    if (option === undefined) {
      // A prefix of one option (`--tox`) or a near miss (`--round`).
      const prefixed = [...byFlag.keys()].filter((known) => known.startsWith(token.name));
      const near = prefixed.length === 1 ? prefixed[0] : closestMatch(token.name, [...byFlag.keys()]);
      refuse(`unknown option '${token.rawName}'${near === undefined ? '' : `: did you mean --${near}?`}`, usage, options);
    }
    const { key, spec } = option;
    const flag = longFlag(key);
    if (spec.placeholder === undefined && token.value !== undefined) refuse(`${flag} takes no value`, usage, options);
    // `--toxiproxy --rounds 3` would otherwise read `--rounds` as the path.
    if (spec.placeholder !== undefined && (token.value === undefined || (!token.inlineValue && /^--?[a-z]/i.test(token.value)))) {
      refuse(`${flag} needs a value: ${optionFlags(key, spec)}${spec.kind === 'text' ? '' : `, ${spec.accepts ?? ''}`}`, usage, options);
    }
    const read = spec.read(token.value ?? '', values[key]);
    if (!read.ok) refuse(`invalid ${flag} '${token.value ?? ''}': expected ${spec.accepts ?? 'a value'}`, usage, options);
    values[key] = read.value;
  }
  return values as BenchOptionValues<O>;
}
