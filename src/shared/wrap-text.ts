// Terminal text that fits: columns a string takes on screen, and word wrapping to a width with hanging indents.
import { eastAsianWidth } from 'get-east-asian-width';
import { stripVTControlCharacters } from 'node:util';

const ZERO_WIDTH = /\p{Mn}|\p{Me}|\u200b|\u200c|\u200d|\ufeff/u;
/** Text in which every character takes one column: measured by its length, not character by character (~10x faster). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The columns `text` takes on a terminal: escape sequences take none, wide (CJK) characters two, combining marks none. */
export function textWidth(text: string): number {
  const plain = stripVTControlCharacters(text);
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  for (const char of plain) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || ZERO_WIDTH.test(char)) continue;
    width += eastAsianWidth(code);
  }
  return width;
}

/** `text` followed by spaces up to `width` screen columns (as textWidth counts them); as it is when already that wide. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** The longest prefix of `word` that fits in `width` columns (at least one character). */
function cut(word: string, width: number): number {
  let used = 0;
  let index = 0;
  for (const char of word) {
    used += textWidth(char);
    if (used > width && index > 0) break;
    index += char.length;
  }
  return index;
}

/**
 * Wraps `text` to lines of at most `width` columns (the first line `firstWidth`), breaking at spaces. A word wider
 * than the line is cut when `breakWords` is true (table cells must keep their columns), else left whole on its own line.
 */
export function wrap(text: string, width: number, breakWords = true, firstWidth = width): string[] {
  const lines: string[] = [];
  const room = (): number => (lines.length === 0 ? firstWidth : width);
  for (const paragraph of text.split('\n')) {
    // The line's width is kept as words join it: measuring the whole line again at each word made a long text
    // quadratic (explain's text view spent 5-15 ms here).
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      let rest = word;
      let restWidth = textWidth(rest);
      while (breakWords && restWidth > room()) {
        if (line !== '') lines.push(line);
        const at = cut(rest, room());
        lines.push(rest.slice(0, at));
        rest = rest.slice(at);
        restWidth = textWidth(rest);
        line = '';
      }
      if (line !== '' && lineWidth + 1 + restWidth <= room()) {
        line += ` ${rest}`;
        lineWidth += 1 + restWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      line = rest;
      lineWidth = restWidth;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * `text` wrapped to `width` columns, the first line after `indent`, the others after `hang` (default `indent`);
 * words wider than the room are left whole, as a URL or a path should be.
 */
export function wrapHanging(text: string, width: number, indent = '', hang = indent): string {
  const room = (prefix: string): number => Math.max(1, width - textWidth(prefix));
  return wrap(text, room(hang), false, room(indent)).map((line, i) => `${i === 0 ? indent : hang}${line}`.trimEnd()).join('\n');
}

/**
 * A finished line made to fit: unchanged when it does, else wrapped with continuation lines indented to where its
 * text starts after a label (`  seen   2026-...` continues under `2026`), or two past its own indent.
 */
export function fitLine(line: string, width: number): string {
  if (textWidth(line) <= width) return line;
  const plain = stripVTControlCharacters(line);
  const label = /^(\s*\S+(?: \S+)?\s{2,})\S/.exec(plain)?.[1];
  const indent = /^\s*/.exec(line)![0];
  const hang = ' '.repeat(label !== undefined && textWidth(label) <= width / 2 ? textWidth(label) : /^\s*/.exec(plain)![0].length + 2);
  return wrapHanging(line.slice(indent.length), width, indent, hang);
}

/** Every line of `text` made to fit `width` columns (see fitLine). */
export function fitText(text: string, width: number): string {
  return text.split('\n').map((line) => fitLine(line, width)).join('\n');
}
