// Errno names in lab text, marked: in colour on a terminal; in the report, in colour and opening their catalog entry.
import { isErrnoName } from '../../catalog/lookup.js';
import { html, type SafeHtml } from '../../shared/html.js';
import type { Paint } from '../../shared/paint.js';

const ERRNO_WORD = /\b(E[A-Z]{3,}[A-Z_]*|SIGPIPE)\b/g;
const isMarked = (word: string): boolean => word === 'SIGPIPE' || isErrnoName(word);

/**
 * `text` with every errno name the catalog knows (and SIGPIPE) marked `class="errno"`; the errnos also carry
 * `data-errno`, which the report's script opens as the catalog entry. In HTML those are buttons, so a keyboard
 * reaches them; in SVG (`tspan`) a mouse does, and the timeline table beside the diagram serves the keyboard.
 */
export function markErrnos(text: string, tag: 'tspan' | 'button'): SafeHtml {
  const parts: (SafeHtml | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(ERRNO_WORD)) {
    const name = match[0];
    if (!isMarked(name)) continue;
    parts.push(text.slice(last, match.index));
    const known = name !== 'SIGPIPE';
    if (tag === 'tspan') parts.push(html`<tspan class="errno"${known ? html` data-errno="${name}"` : ''}>${name}</tspan>`);
    else parts.push(known ? html`<button type="button" class="errno" data-errno="${name}">${name}</button>` : html`<span class="errno">${name}</span>`);
    last = match.index + name.length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

/** Highlights errno names (E...) and SIGPIPE in a terminal text. */
export function highlightErrnos(text: string, p: Paint): string {
  return text.replace(ERRNO_WORD, (name) => p.red(p.bold(name)));
}
