// anyOf: one regex out of several alternatives, each written (and commented) on its own; case-insensitive by default.
import type { PatternPart } from '../../pattern.js';

/** One regex (case-insensitive unless `flags` say otherwise) matching any of the sources. */
export const anyOf = (sources: readonly string[], flags = 'i'): RegExp => new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);

/** An alternative of a row's regex, and the lower-case literals of which every text it matches holds one. */
export interface Alternative {
  readonly keywords: readonly string[];
  readonly source: string;
}

/** A row's `regex` out of alternatives (as anyOf), and its `parts`: each alternative on its own, with its keywords. */
export function anyOfParts(alternatives: readonly Alternative[], flags = 'i'): { readonly regex: RegExp; readonly parts: readonly PatternPart[] } {
  return {
    regex: anyOf(alternatives.map((a) => a.source), flags),
    parts: alternatives.map((a) => ({ keywords: a.keywords, regex: new RegExp(a.source, flags) })),
  };
}
