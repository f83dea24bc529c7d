// Turns an errno name, an errno number or free text (log lines, stack traces) into an ExplainResult.
import { SocklabError } from '../errors/socklab-error.js';
import { closestMatch } from '../shared/closest-match.js';
import { currentPlatform } from './current-platform.js';
import { isErrnoName, lookup, lookupNumber, type ErrnoLookup } from './lookup.js';
import type { Phase, Recognition } from './pattern.js';
import { MAX_LINE_CHARS, recognizeLine } from './recognize.js';
import { ERRNO_NAMES, type ErrnoEntry, type ErrnoName, type Platform, type PlatformNumbers } from './types.js';

/** How explain read its input. */
export type InputKind = 'errno-name' | 'number' | 'text';

/** Options of explain. */
export interface ExplainOptions {
  /**
   * For a number query, the platform whose numbering it uses (this machine's by default). For text, the platform
   * of numbers in lines that do not say (linux by default; WinSock numbers >= 10000 are always windows).
   */
  readonly platform?: Platform;
}

/** A recognition plus the 1-based line of the input it was found on. */
export interface ExplainRecognition extends Recognition {
  readonly line: number;
}

/** What the catalog says about one errno found in the input, and how the input showed it. */
export interface ErrnoExplanation {
  readonly name: ErrnoName;
  /** The platform the input placed it on (the query's platform, or the first recognition's). */
  readonly platform: Platform;
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
    /** The platform used for numbers without an explicit one. */
    readonly platform: Platform;
    /** Lines examined (1 for a name or number). */
    readonly lines: number;
    /** True when recognitions were cut at MAX_RECOGNITIONS or a line was longer than the 64 KiB examined. */
    readonly truncated: boolean;
  };
  /** Every socket error recognised in the text, in input order (empty for a name or number query). */
  readonly recognitions: readonly ExplainRecognition[];
  /** One explanation per distinct errno, in order of first appearance. */
  readonly errnos: readonly ErrnoExplanation[];
}

/** explain keeps at most this many recognitions; errnos are still collected from all lines. */
export const MAX_RECOGNITIONS = 1_000;
const MAX_QUERY_CHARS = 200;
const ERRNO_LIKE = /^(?:UV_)?E[A-Z0-9_]{2,24}$/;

function explanation(hit: ErrnoLookup, phases: readonly Phase[], calls: readonly string[]): ErrnoExplanation {
  return {
    name: hit.entry.name,
    platform: hit.platform,
    number: hit.number,
    numbers: hit.numbers,
    phases,
    calls,
    entry: hit.entry,
    reproduce: hit.entry.scenarios.map((id) => `socklab repro ${id}`),
  };
}

interface Seen {
  readonly platform: Platform;
  readonly phases: Set<Phase>;
  readonly calls: Set<string>;
}

function note(seen: Map<ErrnoName, Seen>, r: Recognition): void {
  if (r.errno === null) return;
  const entry = seen.get(r.errno) ?? { platform: r.platform, phases: new Set<Phase>(), calls: new Set<string>() };
  entry.phases.add(r.phase);
  if (r.call !== null) entry.calls.add(r.call);
  seen.set(r.errno, entry);
}

function explainText(text: string, query: string, options: ExplainOptions): ExplainResult {
  const recognitions: ExplainRecognition[] = [];
  const seen = new Map<ErrnoName, Seen>();
  const lines = text.split(/\r?\n/);
  let truncated = false;
  lines.forEach((line, index) => {
    if (line.length > MAX_LINE_CHARS) truncated = true;
    for (const r of recognizeLine(line, options.platform === undefined ? {} : { platform: options.platform })) {
      note(seen, r);
      if (recognitions.length < MAX_RECOGNITIONS) recognitions.push({ ...r, line: index + 1 });
      else truncated = true;
    }
  });
  const errnos = [...seen.entries()].map(([name, s]) => explanation(lookup(name, s.platform), [...s.phases], [...s.calls]));
  return {
    input: { kind: 'text', query, platform: options.platform ?? 'linux', lines: lines.length, truncated },
    recognitions,
    errnos,
  };
}

/**
 * Explains an errno name (`ECONNRESET`), a number (`104`, read on options.platform) or text (log lines, stack
 * traces). Text with no socket error gives empty recognitions; an unknown name or number throws
 * SOCKLAB_LOOKUP_UNKNOWN_ERRNO.
 */
export function explain(text: string, options: ExplainOptions = {}): ExplainResult {
  const trimmed = text.trim();
  const query = trimmed.slice(0, MAX_QUERY_CHARS);
  const upper = trimmed.toUpperCase();
  if (ERRNO_LIKE.test(trimmed) || isErrnoName(upper.replace(/^UV_/, ''))) {
    const platform = options.platform ?? currentPlatform();
    const name = upper.replace(/^UV_/, '');
    if (!isErrnoName(name)) {
      const suggestion = closestMatch(name, ERRNO_NAMES);
      throw new SocklabError('SOCKLAB_LOOKUP_UNKNOWN_ERRNO', { query: trimmed, ...(suggestion === undefined ? {} : { suggestion }) });
    }
    const input = { kind: 'errno-name', query, platform, lines: 1, truncated: false } as const;
    return { input, recognitions: [], errnos: [explanation(lookup(name, platform), [], [])] };
  }
  if (/^-?\d{1,6}$/.test(trimmed)) {
    const platform = options.platform ?? currentPlatform();
    const hits = lookupNumber(Number(trimmed), platform);
    if (hits.length === 0) throw new SocklabError('SOCKLAB_LOOKUP_UNKNOWN_ERRNO', { query: trimmed, platform });
    const input = { kind: 'number', query, platform, lines: 1, truncated: false } as const;
    return { input, recognitions: [], errnos: hits.map((hit) => explanation(hit, [], [])) };
  }
  return explainText(text, query, options);
}
