// anyOf: one case-insensitive regex out of several alternatives, each written (and commented) on its own.
/** One case-insensitive regex matching any of the parts. */
export const anyOf = (parts: readonly string[]): RegExp => new RegExp(parts.map((p) => `(?:${p})`).join('|'), 'i');
