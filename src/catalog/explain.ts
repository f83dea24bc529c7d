// Turns an errno name, an errno number or free text (log lines, stack traces) into an ExplainResult.
import { SocklabError } from '../errors/socklab-error.js';
import { closestMatch } from '../shared/closest-match.js';
import { currentPlatform } from './current-platform.js';
import { ERRNO_ALIASES, LIBUV_WINDOWS_CODES } from './data/errno-aliases.js';
import { isErrnoName, lookup, lookupNumber, type ErrnoLookup } from './lookup.js';
import { platformsOfNumber } from './number-platform.js';
import type { Phase, Recognition } from './pattern.js';
import { PATTERNS } from './patterns/index.js';
import { catalogCode, MAX_LINE_CHARS, recognizeLine } from './recognize.js';
import { ERRNO_NAMES, PLATFORMS, type ErrnoEntry, type ErrnoName, type Platform, type PlatformNumbers } from './types.js';

/** How explain read its input. */
export type InputKind = 'errno-name' | 'number' | 'text';

/** Options of explain. */
export interface ExplainOptions {
  /**
   * For a number query, the platform whose numbering it uses (by default every platform on which the number is a
   * catalog code). For text, the platform of numbers in lines that do not show theirs (linux by default; WinSock
   * numbers >= 10000 are always windows, and the line's wording can place a number elsewhere).
   */
  readonly platform?: Platform;
}

/** A recognition plus the 1-based line of the input it was found on. */
export interface ExplainRecognition extends Recognition {
  readonly line: number;
}

/** What the catalog says about one code found in the input (a kernel errno, or a resolver code), and where. */
export interface ErrnoExplanation {
  readonly name: ErrnoName;
  /** The platform the input placed it on (the query's platform, or the first recognition's). */
  readonly platform: Platform;
  /** Every platform the input placed it on; for a bare number, every platform on which the number is this code. */
  readonly platforms: readonly Platform[];
  /** Its number on `platform`, null where that platform lacks it. */
  readonly number: number | null;
  readonly numbers: PlatformNumbers;
  /** The phases the input showed it in (empty for a bare name or number). */
  readonly phases: readonly Phase[];
  /** The syscalls or verbs the input named (`read`, `connect`, `recv`). */
  readonly calls: readonly string[];
  /** The full catalog entry: message, summary, calls (cause, appSees, remedy, retry), linuxNotes, scenarios. */
  readonly entry: ErrnoEntry;
  /** One `socklab repro <id>` command per lab scenario that reproduces it. */
  readonly reproduce: readonly string[];
}

/** The result of explain, and exactly what `socklab explain --json` prints. */
export interface ExplainResult {
  readonly input: {
    readonly kind: InputKind;
    /** The query as given, cut to 200 characters. */
    readonly query: string;
    /** The platform used for numbers without an explicit one (for a bare number: this machine's, listed first). */
    readonly platform: Platform;
    /** Lines examined (1 for a name or number). */
    readonly lines: number;
    /** True when recognitions were cut at MAX_RECOGNITIONS or a line was longer than the 64 KiB examined. */
    readonly truncated: boolean;
  };
  /** Every socket error recognised in the text, in input order (empty for a name or number query). */
  readonly recognitions: readonly ExplainRecognition[];
  /** The recognition that says most about what happened (the text view's headline); null when there is none. */
  readonly primary: ExplainRecognition | null;
  /** One explanation per distinct kernel errno or resolver code, in order of first appearance. */
  readonly errnos: readonly ErrnoExplanation[];
}

/** explain keeps at most this many recognitions; errnos are still collected from all lines. */
export const MAX_RECOGNITIONS = 1_000;
const MAX_QUERY_CHARS = 200;
const ERRNO_LIKE = /^(?:UV_)?E[A-Z0-9_]{2,24}$/;
const GENERIC = new Set(PATTERNS.filter((p) => p.generic === true).map((p) => p.id));
// Patterns that only repeat an error's code property; a library that printed that code itself owns them.
const CODE_MENTIONS = new Set(['node.errno-code-property', 'libc.errno-name']);
const CODE_CONTEXT_LINES = 20;
// For a number on several platforms, the one whose number the explanation shows: the common ones before the rare.
const SHOWN_FIRST: readonly Platform[] = ['linux', 'macos', 'windows', 'freebsd', 'openbsd', ...PLATFORMS];

function explanation(hit: ErrnoLookup, platforms: readonly Platform[], phases: readonly Phase[], calls: readonly string[]): ErrnoExplanation {
  return {
    name: hit.entry.name,
    platform: hit.platform,
    platforms,
    number: hit.number,
    numbers: hit.numbers,
    phases,
    calls,
    entry: hit.entry,
    reproduce: hit.entry.scenarios.map((id) => `socklab repro ${id}`),
  };
}

// Higher says more: a kind, then a kernel errno, then a specific pattern over a generic fallback.
function weight(r: ExplainRecognition): number {
  return (r.kind === null ? 0 : 4) + (r.errno === null ? 0 : 2) + (GENERIC.has(r.patternId) ? 0 : 1);
}

function primaryOf(recognitions: readonly ExplainRecognition[]): ExplainRecognition | null {
  return recognitions.reduce<ExplainRecognition | null>((best, r) => (best === null || weight(r) > weight(best) ? r : best), null);
}

// `code: 'ECONNRESET'` a few lines after Node's `socket hang up` is Node's own code, not the kernel's.
function attribute(r: ExplainRecognition, reported: ReadonlyMap<string, ExplainRecognition>): ExplainRecognition {
  const owner = r.errno === null || !CODE_MENTIONS.has(r.patternId) ? undefined : reported.get(r.errno);
  if (owner === undefined || r.line - owner.line > CODE_CONTEXT_LINES) return r;
  return { ...r, kind: owner.kind, errno: null, origin: owner.origin };
}

interface Seen {
  readonly platforms: Set<Platform>;
  readonly phases: Set<Phase>;
  readonly calls: Set<string>;
}

function note(seen: Map<ErrnoName, Seen>, r: Recognition): void {
  const code = catalogCode(r);
  if (code === null) return;
  const entry = seen.get(code) ?? { platforms: new Set<Platform>(), phases: new Set<Phase>(), calls: new Set<string>() };
  entry.platforms.add(r.platform);
  entry.phases.add(r.phase);
  if (r.call !== null) entry.calls.add(r.call);
  seen.set(code, entry);
}

function explainText(text: string, query: string, options: ExplainOptions): ExplainResult {
  const recognitions: ExplainRecognition[] = [];
  const reported = new Map<string, ExplainRecognition>();
  const seen = new Map<ErrnoName, Seen>();
  const lines = text.split(/\r?\n/);
  let truncated = false;
  lines.forEach((line, index) => {
    if (line.length > MAX_LINE_CHARS) truncated = true;
    const found = recognizeLine(line, options.platform === undefined ? {} : { platform: options.platform }).map((r) => ({ ...r, line: index + 1 }));
    for (const r of found) if (r.origin.source !== 'kernel' && r.origin.code !== null) reported.set(r.origin.code, r);
    for (const r of found.map((f) => attribute(f, reported))) {
      note(seen, r);
      if (recognitions.length < MAX_RECOGNITIONS) recognitions.push(r);
      else truncated = true;
    }
  });
  const errnos = [...seen.entries()].map(([name, s]) => {
    const platforms = [...s.platforms];
    return explanation(lookup(name, platforms[0] ?? 'linux'), platforms, [...s.phases], [...s.calls]);
  });
  return {
    input: { kind: 'text', query, platform: options.platform ?? 'linux', lines: lines.length, truncated },
    recognitions,
    primary: primaryOf(recognitions),
    errnos,
  };
}

// A negative number is a negated errno (what the kernel and libuv on Unix return: -104), unless it is one of the codes
// libuv uses on Windows or NSPR's (-4077, -5961), which name one errno wherever they appear.
function explainNegative(number: number, query: string, options: ExplainOptions): ExplainResult {
  const named = ERRNO_ALIASES[String(number)];
  if (named === undefined) return explainNumber(-number, query, options);
  const platform = options.platform ?? (LIBUV_WINDOWS_CODES[String(number)] === undefined ? currentPlatform() : 'windows');
  const input = { kind: 'number', query, platform, lines: 1, truncated: false } as const;
  return { input, recognitions: [], primary: null, errnos: [explanation(lookup(named, platform), [platform], [], [])] };
}

// A bare number: on the platform asked, or on every platform where it is a catalog code (this machine's first).
function explainNumber(number: number, query: string, options: ExplainOptions): ExplainResult {
  if (number < 0) return explainNegative(number, query, options);
  const platform = options.platform ?? currentPlatform();
  const input = { kind: 'number', query, platform, lines: 1, truncated: false } as const;
  if (options.platform !== undefined) {
    const hits = lookupNumber(number, platform);
    if (hits.length === 0) throw new SocklabError('SOCKLAB_LOOKUP_UNKNOWN_ERRNO', { query, platform });
    return { input, recognitions: [], primary: null, errnos: hits.map((hit) => explanation(hit, [platform], [], [])) };
  }
  const everywhere = [...platformsOfNumber(number).entries()];
  if (everywhere.length === 0) throw new SocklabError('SOCKLAB_LOOKUP_UNKNOWN_ERRNO', { query });
  const shown = (platforms: readonly Platform[]): Platform => SHOWN_FIRST.find((p) => p === platform && platforms.includes(p)) ?? SHOWN_FIRST.find((p) => platforms.includes(p)) ?? platform;
  const errnos = everywhere
    .sort(([, a], [, b]) => (a.includes(platform) ? 0 : 1) - (b.includes(platform) ? 0 : 1))
    .map(([name, platforms]) => explanation(lookup(name, shown(platforms)), platforms, [], []));
  return { input, recognitions: [], primary: null, errnos };
}

/**
 * Explains an errno name (`ECONNRESET`), a number (`104`: every platform where it is a socket errno, or the one given)
 * or text (log lines, stack traces). Text with no socket error gives empty recognitions; an unknown name or number
 * throws SOCKLAB_LOOKUP_UNKNOWN_ERRNO.
 */
export function explain(text: string, options: ExplainOptions = {}): ExplainResult {
  const trimmed = text.trim();
  const query = trimmed.slice(0, MAX_QUERY_CHARS);
  const upper = trimmed.toUpperCase();
  if (ERRNO_LIKE.test(trimmed) || isErrnoName(upper.replace(/^UV_/, ''))) {
    const platform = options.platform ?? currentPlatform();
    const name = upper.replace(/^UV_/, '');
    if (!isErrnoName(name)) {
      // Another ecosystem's code alone (Chrome's ERR_CONNECTION_RESET) is a line the tables may read.
      const asText = explainText(text, query, options);
      if (asText.recognitions.length > 0) return asText;
      const suggestion = closestMatch(name, ERRNO_NAMES);
      throw new SocklabError('SOCKLAB_LOOKUP_UNKNOWN_ERRNO', { query: trimmed, ...(suggestion === undefined ? {} : { suggestion }) });
    }
    const input = { kind: 'errno-name', query, platform, lines: 1, truncated: false } as const;
    return { input, recognitions: [], primary: null, errnos: [explanation(lookup(name, platform), [platform], [], [])] };
  }
  if (/^-?\d{1,6}$/.test(trimmed)) return explainNumber(Number(trimmed), trimmed, options);
  return explainText(text, query, options);
}
