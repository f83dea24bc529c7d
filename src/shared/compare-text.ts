// Orders strings by UTF-16 code units: the same on every machine, where localeCompare follows ICU and the locale, and
// its first call costs a scan 10-20 ms to set up a collator.

/** Negative, zero or positive as `a` sorts before, with or after `b` (code-unit order). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
