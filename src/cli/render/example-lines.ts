// A --help example that fits the terminal: a long command continues on the next line after a backslash, as in a shell.

/** Shell words of `command`, quotes kept: a break never falls inside '...' or "..." (there a backslash is literal). */
function shellWords(command: string): string[] {
  return command.match(/(?:'[^']*'|"(?:\\.|[^"\\])*"|[^\s'"])+/g) ?? [];
}

/**
 * `command` as lines of at most `width` columns (indented by `indent`), broken between shell words with ` \`, the
 * continuation lines indented two more; a single word longer than the width stays whole. Pasted, it runs the same.
 */
export function exampleLines(command: string, width: number, indent = '  '): string[] {
  if (indent.length + command.length <= width) return [`${indent}${command}`];
  const lines: string[] = [];
  let line = indent;
  for (const word of shellWords(command)) {
    const start = line.trim() === '';
    if (!start && line.length + 1 + word.length + 2 > width) {
      lines.push(`${line} \\`);
      line = `${indent}  ${word}`;
    } else {
      line = start ? `${line}${word}` : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
