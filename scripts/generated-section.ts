// Replaces a generated section inside a hand-written page, between its start and end markers.

/**
 * `text` with everything from the `start` marker to the `end` marker replaced by `section` (which opens with `start`
 * and closes with `end`); undefined when the two markers are not both there, in that order.
 */
export function replaceSection(text: string, start: string, end: string, section: string): string | undefined {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return `${text.slice(0, from)}${section}${text.slice(to + end.length)}`;
}
