// anyOf: one case-insensitive regex out of several alternatives, each written (and commented) on its own.
import type { PatternPart } from '../../pattern.js';

/** One case-insensitive regex matching any of the sources. */
export const anyOf = (sources: readonly string[]): RegExp => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');

/** An alternative of a row's regex, and the lower-case literals of which every text it matches holds one. */
export interface Alternative {
  readonly keywords: readonly string[];
  readonly source: string;
}

/** A row's `regex` out of alternatives (as anyOf), and its `parts`: each alternative on its own, with its keywords. */
export function anyOfParts(alternatives: readonly Alternative[]): { readonly regex: RegExp; readonly parts: readonly PatternPart[] } {
  return {
    regex: anyOf(alternatives.map((a) => a.source)),
    parts: alternatives.map((a) => ({ keywords: a.keywords, regex: new RegExp(a.source, 'i') })),
  };
}
