// The one duration syntax of every command: a number with a unit (500ms, 30s, 2m, 1h, or 1m30s); a bare 0 is allowed.

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;

/**
 * Milliseconds of a duration such as `500ms`, `1.5s`, `2m` or `1m30s`, rounded to a whole millisecond; undefined
 * when the text is not one. A bare number other than 0 is rejected: commands used to disagree on its unit, so
 * `--timeout 5` could mean 5 ms or 5 s; a unit makes it say which (as Go's time.ParseDuration requires).
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^0+(\.0+)?$/.test(trimmed)) return 0;
  PART.lastIndex = 0;
  let total = 0;
  let end = 0;
  for (let match = PART.exec(trimmed); match !== null; match = PART.exec(trimmed)) {
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
    end = PART.lastIndex;
  }
  return end === trimmed.length && end > 0 ? Math.round(total) : undefined;
}

