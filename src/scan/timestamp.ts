// Finds the timestamp near the start of a log line in the common log formats and returns it as epoch milliseconds.

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/** How far into a line timestamps are looked for (prefixes such as a pod name or a level come first). */
const HEAD = 200;

// 2026-11-24T14:02:03.123Z, 2026-11-24 14:02:03,123 +01:00 (no zone: UTC).
const ISO = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s?(Z|[+-]\d{2}:?\d{2})?/;
// nginx error log: 2026/11/24 14:02:03
const SLASHED = /(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/;
// Apache/nginx access log: [24/Nov/2026:14:02:03 +0000]
const ACCESS = /\[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]/;
// syslog: Nov 24 14:02:03 (no year)
const SYSLOG = /\b([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})\b/;
// Epoch seconds or millis, at the start of the line or as the value of a ts/time/timestamp key.
const EPOCH = /(?:^|["']?\b(?:ts|time|timestamp|@timestamp|t)["']?\s*[:=]\s*["']?)(\d{10}(?:\d{3})?)(?:\.(\d{1,6}))?(?!\d)/;

/** Options for timestamp parsing. */
export interface TimestampOptions {
  /** Year for syslog stamps, which carry none; by default the current UTC year, or the one before for a date still ahead (December logs read in January). */
  readonly year?: number;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}

function fraction(text: string | undefined): number {
  return text === undefined ? 0 : Math.floor(Number(`0.${text}`) * 1000);
}

function plausible(ms: number): number | null {
  // 2000-01-01 .. 2100-01-01: anything else is a number that only looks like a time.
  return Number.isFinite(ms) && ms >= 946_684_800_000 && ms < 4_102_444_800_000 ? ms : null;
}

type Parser = (m: RegExpExecArray, year: number) => number | null;

const PARSERS: readonly (readonly [RegExp, Parser])[] = [
  [ISO, (m) => Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, fraction(m[7])) - zoneOffsetMs(m[8])],
  [SLASHED, (m) => Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)],
  [ACCESS, (m) => {
    const month = MONTHS[m[2]!];
    return month === undefined ? null : Date.UTC(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +m[6]!) - zoneOffsetMs(m[7]);
  }],
  [SYSLOG, (m, year) => {
    const month = MONTHS[m[1]!];
    return month === undefined ? null : Date.UTC(year, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
  }],
  [EPOCH, (m) => (m[1]!.length === 13 ? Number(m[1]) : Number(m[1]) * 1000 + fraction(m[2]))],
];

/** The earliest timestamp in the first 200 characters of `line`, as epoch milliseconds, or null when none is found. */
export function parseTimestamp(line: string, options: TimestampOptions = {}): number | null {
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  const year = options.year ?? new Date().getUTCFullYear();
  const guessYear = options.year === undefined;
  let best: number | null = null;
  let bestAt = Infinity;
  for (const [pattern, parse] of PARSERS) {
    // Nothing starts before a stamp at the line's start (the usual place): the other formats need not be looked for.
    if (bestAt === 0) break;
    const m = pattern.exec(head);
    if (m === null || m.index >= bestAt) continue;
    let ms = plausible(parse(m, year) ?? Number.NaN);
    if (ms !== null && guessYear && pattern === SYSLOG && ms > Date.now() + 86_400_000) ms = plausible(parse(m, year - 1) ?? Number.NaN);
    if (ms !== null) {
      best = ms;
      bestAt = m.index;
    }
  }
  return best;
}
