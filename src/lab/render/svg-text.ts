// Text in the report's SVG: monospace, so its width is known without a browser; wrapping and clipping to a width.
import { wrap } from '../../shared/wrap-text.js';

/** The width of one character of the diagram's monospace fonts, in em (DejaVu Sans Mono is 0.602; a margin for others). */
const CHAR_EM = 0.62;

/** How many px `text` takes at `size` px. */
export function textPx(text: string, size: number): number {
  return [...text].length * size * CHAR_EM;
}

/** How many characters fit in `px` at `size` px. */
function charsIn(px: number, size: number): number {
  return Math.max(4, Math.floor(px / (size * CHAR_EM)));
}

/** `text` in lines that fit `px` at `size` px. */
export function wrapPx(text: string, px: number, size: number): string[] {
  return wrap(text, charsIn(px, size));
}

/** `text` cut with an ellipsis to fit `px` at `size` px. */
export function clipPx(text: string, px: number, size: number): string {
  const max = charsIn(px, size);
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

