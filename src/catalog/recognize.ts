// Finds socket errors in one line of text: a keyword prefilter, then the pattern tables (fast enough for scan).
import { ERRNO_NUMBERS } from './data/numbers.js';
import { isErrnoName, lookupNumber } from './lookup.js';
import type { Pattern, Phase, Recognition } from './pattern.js';
import { PATTERNS } from './patterns/index.js';
import { STRERROR_TEXTS } from './patterns/libc.js';
import { PLATFORMS, type ErrnoName, type Platform } from './types.js';

/** Only the first 64 KiB (65,536 UTF-16 code units) of a line are examined; the rest is ignored. */
export const MAX_LINE_CHARS = 65_536;
/** Matched text in a Recognition is cut to this many characters. */
export const MAX_MATCHED_CHARS = 200;

/** Options for recognizeLine. */
export interface RecognizeOptions {
  /** Platform for numbers in lines whose pattern names none (WinSock numbers >= 10000 are always windows); linux by default. */
  readonly platform?: Platform;
}

/** A compiled set of patterns: the prefilter built once, then recognizeLine per line. */
export interface Recognizer {
  readonly patterns: readonly Pattern[];
  recognizeLine(line: string, options?: RecognizeOptions): Recognition[];
}

const PHASE_OF_CALL: Readonly<Record<string, Phase>> = {
  connect: 'connect', dial: 'connect', dialing: 'connect', connecting: 'connect', finishconnect: 'connect',
  'awaiting headers': 'read', 'reading body': 'read',
  read: 'read', recv: 'read', recvfrom: 'read', recvmsg: 'read', readv: 'read', ssl_read: 'read', reading: 'read',
  readaddress: 'read', recvaddress: 'read',
  write: 'write', writev: 'write', send: 'write', sendto: 'write', sendmsg: 'write', sendfile: 'write',
  ssl_write: 'write', sending: 'write', writeaddress: 'write', sendaddress: 'write',
  accept: 'accept', accept4: 'accept',
  getaddrinfo: 'dns', lookup: 'dns', querya: 'dns', queryaaaa: 'dns', querysrv: 'dns',
  close: 'close', shutdown: 'close',
};

/** The phase a syscall or verb belongs to (`recv` -> read, `dial` -> connect); unknown for anything else. */
export function phaseOfCall(call: string): Phase {
  return PHASE_OF_CALL[call.toLowerCase()] ?? 'unknown';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function prefer(base: Platform): readonly Platform[] {
  return [base, 'linux', 'macos', 'freebsd', 'openbsd', 'windows', ...PLATFORMS];
}

const numberCache = new Map<string, ErrnoName | null>();

function errnoOfNumber(number: number, platform: Platform): ErrnoName | null {
  const key = `${platform}:${number}`;
  let hit = numberCache.get(key);
  if (hit === undefined) {
    const found = lookupNumber(number, platform);
    hit = (found.find((f) => f.entry.aliasOf === undefined) ?? found[0])?.entry.name ?? null;
    numberCache.set(key, hit);
  }
  return hit;
}

interface Resolved {
  readonly errno: ErrnoName | null;
  readonly platform: Platform;
  readonly number: number | null;
}

function resolve(pattern: Pattern, groups: Readonly<Record<string, string | undefined>>, base: Platform): Resolved | undefined {
  const number = groups.number === undefined ? null : Number(groups.number);
  const platform: Platform = number !== null && number >= 10_000 ? 'windows' : (pattern.platform ?? base);
  const spec = pattern.errno;
  if (spec === null) return { errno: null, platform, number };
  if (spec === 'from-number') {
    const errno = number === null ? null : errnoOfNumber(number, platform);
    return errno === null ? undefined : { errno, platform, number };
  }
  if (spec === 'from-name') {
    const name = (groups.name ?? '').toUpperCase();
    return isErrnoName(name) ? { errno: name, platform, number } : undefined;
  }
  if (spec === 'from-message') {
    const text = (groups.message ?? '').trim().replace(/\.$/, '').toLowerCase();
    return { errno: STRERROR_TEXTS[text] ?? null, platform, number };
  }
  // A fixed errno: when the line shows a number, name the platform whose numbering it matches.
  const numbers = ERRNO_NUMBERS[spec];
  const matching = number === null || numbers === undefined ? undefined : prefer(platform).find((p) => numbers[p] === number);
  return { errno: spec, platform: matching ?? platform, number };
}

function peerOf(pattern: Pattern, groups: Readonly<Record<string, string | undefined>>, line: string): string | null {
  if (groups.peer !== undefined) return groups.peer;
  if (groups.host !== undefined) {
    if (groups.port === undefined) return groups.host;
    return groups.host.includes(':') ? `[${groups.host}]:${groups.port}` : `${groups.host}:${groups.port}`;
  }
  return pattern.peerRegex?.exec(line)?.groups?.peer ?? null;
}

interface Found {
  readonly recognition: Recognition;
  readonly end: number;
  readonly generic: boolean;
}

// A generic fallback gives way to a specific match that overlaps it or names the same errno, and to an earlier
// generic match with the same errno; a match lying strictly inside a longer one (node's `read ECONNRESET` inside
// node-redis's wrapper) gives way to it.
function keep(found: readonly Found[]): Recognition[] {
  const specific = found.filter((f) => !f.generic);
  const overlaps = (a: Found, b: Found): boolean => a.recognition.offset < b.end && b.recognition.offset < a.end;
  return found
    .filter((f, i) => {
      const sameErrno = (s: Found): boolean => s.recognition.errno !== null && s.recognition.errno === f.recognition.errno;
      if (f.generic) return !specific.some((s) => overlaps(s, f) || sameErrno(s)) && !found.slice(0, i).some((s) => s.generic && sameErrno(s));
      return !specific.some((s) => s !== f && s.recognition.offset <= f.recognition.offset && f.end <= s.end && s.end - s.recognition.offset > f.end - f.recognition.offset);
    })
    .map((f) => f.recognition);
}

/** Compiles a set of patterns into a Recognizer; the default one over every table is `recognizeLine`. */
export function createRecognizer(patterns: readonly Pattern[]): Recognizer {
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords))].sort((a, b) => b.length - a.length);
  const prefilter = new RegExp(keywords.map(escape).join('|'), 'i');
  return {
    patterns,
    recognizeLine(input: string, options: RecognizeOptions = {}): Recognition[] {
      const line = input.length > MAX_LINE_CHARS ? input.slice(0, MAX_LINE_CHARS) : input;
      if (!prefilter.test(line)) return [];
      const lower = line.toLowerCase();
      const base = options.platform ?? 'linux';
      const found: Found[] = [];
      for (const pattern of patterns) {
        if (!pattern.keywords.some((k) => lower.includes(k))) continue;
        const match = pattern.regex.exec(line);
        if (match === null) continue;
        const groups = match.groups ?? {};
        const resolved = resolve(pattern, groups, base);
        if (resolved === undefined) continue;
        const call = groups.call ?? null;
        const recognition: Recognition = {
          ecosystem: pattern.ecosystem,
          patternId: pattern.id,
          matched: match[0].trim().slice(0, MAX_MATCHED_CHARS),
          offset: match.index + (match[0].length - match[0].trimStart().length),
          errno: resolved.errno,
          platform: resolved.platform,
          number: resolved.number,
          phase: pattern.phase === 'from-call' ? (call === null ? 'unknown' : phaseOfCall(call)) : pattern.phase,
          call,
          peer: peerOf(pattern, groups, line),
          note: pattern.note,
        };
        found.push({ recognition, end: match.index + match[0].length, generic: pattern.generic === true });
      }
      return keep(found);
    },
  };
}

const DEFAULT_RECOGNIZER = createRecognizer(PATTERNS);

/** Every socket error recognised in one line (only its first MAX_LINE_CHARS characters are examined). */
export function recognizeLine(line: string, options?: RecognizeOptions): Recognition[] {
  return DEFAULT_RECOGNIZER.recognizeLine(line, options);
}
