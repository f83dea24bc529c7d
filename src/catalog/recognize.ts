// Finds socket errors in one line of text: a keyword prefilter, then the pattern tables (fast enough for scan).
import { ERRNO_ALIASES } from './data/errno-aliases.js';
import { KIND_OF_ERRNO } from './data/kinds.js';
import { isErrnoName } from './lookup.js';
import { keepMatches, type Found } from './keep-matches.js';
import { keywordIndex } from './keyword-index.js';
import { errnoOfNumber, platformOfNumber } from './number-platform.js';
import { escapeRegExp, type Origin, type Pattern, type PatternPart, type Phase, type Recognition } from './pattern.js';
import { PATTERNS } from './patterns/index.js';
import { STRERROR_TEXTS } from './patterns/libc.js';
import type { ErrnoName, Kind, Platform } from './types.js';
import { hostPort } from '../shared/host-port.js';

/** Only the first 64 KiB (65,536 UTF-16 code units) of a line are examined; the rest is ignored. */
export const MAX_LINE_CHARS = 65_536;
/** Matched text in a Recognition is cut to this many characters. */
export const MAX_MATCHED_CHARS = 200;

/** Options for recognizeLine. */
export interface RecognizeOptions {
  /** Platform for numbers in lines that do not show theirs (WinSock numbers >= 10000 are always windows); linux by default. */
  readonly platform?: Platform;
}

/** A compiled set of patterns: the prefilter built once, then recognizeLine per line. */
export interface Recognizer {
  readonly patterns: readonly Pattern[];
  recognizeLine(line: string, options?: RecognizeOptions): Recognition[];
}

const PHASE_OF_CALL: Readonly<Record<string, Phase>> = {
  connect: 'connect', dial: 'connect', dialing: 'connect', connecting: 'connect', finishconnect: 'connect', open: 'connect',
  ssl_connect: 'connect', secureconnect: 'connect',
  'awaiting headers': 'read', 'reading body': 'read',
  read: 'read', recv: 'read', recvfrom: 'read', recvmsg: 'read', readv: 'read', ssl_read: 'read', reading: 'read',
  readaddress: 'read', recvaddress: 'read', receive: 'read', response: 'read',
  write: 'write', writev: 'write', send: 'write', sendto: 'write', sendmsg: 'write', sendfile: 'write',
  ssl_write: 'write', sending: 'write', writeaddress: 'write', sendaddress: 'write',
  accept: 'accept', accept4: 'accept',
  getaddrinfo: 'dns', lookup: 'dns', querya: 'dns', queryaaaa: 'dns', querysrv: 'dns', resolving: 'dns',
  close: 'close', shutdown: 'close',
};

/** The phase a syscall or verb belongs to (`recv` -> read, `dial` -> connect); unknown for anything else. */
export function phaseOfCall(call: string): Phase {
  return PHASE_OF_CALL[call.toLowerCase()] ?? 'unknown';
}

const isAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);
const TEXTS = Object.keys(STRERROR_TEXTS);
// A message cut short by a terminal still names its errno when at least this much of it is left, or when what is left
// is most of one text and begins no other errno's (`Connection refuse`).
const MIN_CUT_CHARS = 24;
const MIN_CUT_SHARE = 0.8;
// Any strerror text in a line: English ones as whole words, translated ones anywhere (CJK has no word boundaries).
const STRERROR_IN_LINE = new RegExp(`\\b(?:${TEXTS.filter(isAscii).map(escapeRegExp).join('|')})\\b|${TEXTS.filter((t) => !isAscii(t)).map(escapeRegExp).join('|')}`, 'i');
const KERNEL: Origin = { source: 'kernel' };
const LONGEST_TEXT = Math.max(...TEXTS.map((t) => t.length));

function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--;
  return end === text.length ? text : text.slice(0, end);
}

// The errno a strerror text names: the whole text; else the first known text inside it (`Connection was reset
// fatal: ...` when a paste ran two lines together); else a known text it begins, when a paste cut it short.
function strerrorErrno(message: string): ErrnoName | null {
  const text = withoutTrailingDots((message.includes('\\') ? message.replace(/\\/g, '') : message).trim()).toLowerCase();
  // Longer than every text (a whole line, when a pattern has no message group), it is none of them and begins none; not
  // looking it up spares hashing the whole line.
  const fits = text.length <= LONGEST_TEXT;
  const exact = fits ? STRERROR_TEXTS[text] : undefined;
  if (exact !== undefined) return exact;
  const inside = STRERROR_IN_LINE.exec(text)?.[0];
  if (inside !== undefined) return STRERROR_TEXTS[inside.toLowerCase()] ?? null;
  if (!fits) return null;
  const begun = [...new Set(TEXTS.filter((t) => t.startsWith(text)).map((t) => STRERROR_TEXTS[t]))];
  const mostOf = begun.length === 1 && TEXTS.some((t) => t.startsWith(text) && text.length >= MIN_CUT_SHARE * t.length);
  return text.length >= MIN_CUT_CHARS || mostOf ? (begun[0] ?? null) : null;
}

// An errno name, or another ecosystem's name for one (ConnectionReset, ERR_CONNECTION_RESET, nxdomain).
function errnoOfName(name: string): ErrnoName | null {
  const upper = name.toUpperCase();
  return isErrnoName(upper) ? upper : (ERRNO_ALIASES[name.toLowerCase()] ?? null);
}

type Groups = Readonly<Record<string, string | undefined>>;
const NO_GROUPS: Groups = {};

/** The line being recognised, and the errno its own words name, found once when a first pattern asks for it. */
interface LineAt {
  readonly text: string;
  readonly base: Platform;
  /** undefined until asked for. */
  words?: ErrnoName | null;
}

function lineWords(at: LineAt): ErrnoName | null {
  if (at.words === undefined) at.words = strerrorErrno(at.text);
  return at.words;
}

// The platform whose numbering applies to a pattern's line; only a line with a number needs its words read.
function platformOf(pattern: Pattern, number: number | null, groups: Groups, at: LineAt): Platform {
  if (number === null) return pattern.platform ?? at.base;
  const spec = pattern.errno;
  const expect = spec === 'from-number' ? ((groups.message === undefined ? null : strerrorErrno(groups.message)) ?? lineWords(at))
    : spec === null || spec.startsWith('from-') ? null : (spec as ErrnoName);
  return platformOfNumber(number, { base: at.base, fixed: pattern.platform, expect, socketCall: pattern.anyErrno !== true });
}

// The catalog code a pattern's line shows (a kernel errno or a resolver code, before origin is decided); undefined
// drops the recognition (a name or number the catalog lacks).
function codeOf(pattern: Pattern, number: number | null, platform: Platform, groups: Groups): ErrnoName | null | undefined {
  const spec = pattern.errno;
  if (spec === null) return null;
  if (spec === 'from-number') return number === null ? null : (errnoOfNumber(number, platform) ?? undefined);
  if (spec === 'from-name') return groups.name === undefined ? null : (errnoOfName(groups.name) ?? undefined);
  if (spec === 'from-message') return groups.message === undefined ? null : strerrorErrno(groups.message);
  return spec;
}

// The calls whose EADDRNOTAVAIL is an address the host lacks, not ports running out.
const ADDRESS_CALLS: ReadonlySet<string> = new Set(['bind', 'send', 'sendto', 'sendmsg']);

function reportedBy(pattern: Pattern, source: 'library' | 'resolver', code: string | null): Origin {
  return { source: pattern.origin?.source ?? source, by: pattern.origin?.by ?? pattern.ecosystem, code: pattern.origin?.code ?? code };
}

// Kind, errno and origin: a kernel errno only when the code is one; resolver codes and the patterns' own kinds are
// reported by whoever printed them.
function meaning(pattern: Pattern, code: ErrnoName | null, call: string | null): { kind: Kind | null; errno: ErrnoName | null; origin: Origin } {
  if (code !== null && KIND_OF_ERRNO[code] === 'resolution') return { kind: 'resolution', errno: null, origin: reportedBy(pattern, 'resolver', code) };
  // EADDRNOTAVAIL from connect() means the ephemeral ports ran out; from bind() or a datagram send, an address this host
  // lacks.
  if (code === 'EADDRNOTAVAIL' && call !== null && ADDRESS_CALLS.has(call.toLowerCase())) return { kind: 'errno', errno: code, origin: KERNEL };
  // EAGAIN from connect() is a limit, never "try the same call again": a Unix socket's listen backlog is full (php-fpm,
  // uWSGI behind nginx), or, for TCP, the kernel has no local port or routing entry left (connect(2)).
  if (code === 'EAGAIN' && call?.toLowerCase() === 'connect') return { kind: 'resource-limit', errno: code, origin: KERNEL };
  if (code !== null) return { kind: KIND_OF_ERRNO[code], errno: code, origin: KERNEL };
  const kind = pattern.kind === undefined ? 'errno' : pattern.kind;
  return { kind, errno: null, origin: kind === 'errno' ? KERNEL : reportedBy(pattern, 'library', null) };
}

/** The peer named by `peer`, or by `host` and `port`, groups. */
function joinedPeer(groups: Groups): string | null {
  if (groups.peer !== undefined) return groups.peer;
  if (groups.host === undefined) return null;
  if (groups.port === undefined) return groups.host;
  return hostPort(groups.host, groups.port);
}

function peerOf(pattern: Pattern, groups: Groups, line: string): string | null {
  return joinedPeer(groups) ?? joinedPeer(pattern.peerRegex?.exec(line)?.groups ?? NO_GROUPS);
}

function recognition(pattern: Pattern, match: RegExpExecArray, at: LineAt): Recognition | undefined {
  const groups = match.groups ?? NO_GROUPS;
  const number = groups.number === undefined ? null : Number(groups.number);
  const platform = platformOf(pattern, number, groups, at);
  const code = codeOf(pattern, number, platform, groups);
  if (code === undefined) return undefined;
  const call = groups.call ?? null;
  const { kind, errno, origin } = meaning(pattern, code, call);
  return {
    ecosystem: pattern.ecosystem,
    patternId: pattern.id,
    matched: match[0].trim().slice(0, MAX_MATCHED_CHARS),
    offset: match.index + (match[0].length - match[0].trimStart().length),
    kind,
    errno,
    origin,
    platform,
    number,
    phase: pattern.phase === 'from-call' ? (call === null ? 'unknown' : phaseOfCall(call)) : pattern.phase,
    call,
    peer: peerOf(pattern, groups, at.text),
    note: pattern.note,
  };
}

/** The leftmost match of the parts that `on` says the line selected (the earlier part's at the same place), or null. */
function partsMatch(text: string, parts: readonly PatternPart[], first: number, on: Uint8Array): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (let j = 0; j < parts.length; j++) {
    if (on[first + j] === 0) continue;
    const match = parts[j]!.regex.exec(text);
    if (match !== null && (best === null || match.index < best.index)) best = match;
  }
  return best;
}

/** Adds what one pattern's match recognises to `found`. */
function addFound(at: LineAt, pattern: Pattern, match: RegExpExecArray | null, found: Found[]): void {
  const r = match === null ? undefined : recognition(pattern, match, at);
  if (match !== null && r !== undefined) found.push({ recognition: r, end: match.index + match[0].length, pattern });
}

/** The catalog code a recognition is explained by: its kernel errno, or the resolver's code. */
export function catalogCode(r: Recognition): ErrnoName | null {
  if (r.errno !== null) return r.errno;
  if (r.origin.source !== 'resolver' || r.origin.code === null) return null;
  return isErrnoName(r.origin.code) && KIND_OF_ERRNO[r.origin.code] === 'resolution' ? r.origin.code : null;
}

/** What a recogniser over `patterns` indexes: the patterns, then their parts (a part runs when both select a line). */
export function indexedUnits(patterns: readonly Pattern[]): readonly { readonly keywords: readonly string[] }[] {
  return [...patterns, ...patterns.flatMap((p) => p.parts ?? [])];
}

/** Compiles a set of patterns into a Recognizer; the default one over every table is `recognizeLine`. */
export function createRecognizer(patterns: readonly Pattern[]): Recognizer {
  const units = indexedUnits(patterns);
  const parts = units.length - patterns.length;
  const index = keywordIndex(units);
  const firstPart = new Int32Array(patterns.length);
  patterns.reduce((next, p, i) => ((firstPart[i] = next), next + (p.parts?.length ?? 0)), 0);
  // What the current line's keywords select, in that order; reused from line to line.
  const selected = new Int32Array(units.length);
  const partOn = new Uint8Array(parts);
  const exec = (i: number, text: string): RegExpExecArray | null => {
    const pattern = patterns[i]!;
    return pattern.parts === undefined ? pattern.regex.exec(text) : partsMatch(text, pattern.parts, firstPart[i]!, partOn);
  };
  // What each pattern the current line selected matched, by its place in `selected` (quiet ones: not run yet).
  const matchAt = new Array<RegExpExecArray | null>(patterns.length).fill(null);
  // The recognitions of a line some pattern matched: a separate function, as the loop most lines take ends before it.
  const recognitionsOf = (line: string, count: number, options: RecognizeOptions | undefined): Recognition[] => {
    const at: LineAt = { text: line, base: options?.platform ?? 'linux' };
    const found: Found[] = [];
    for (let i = 0; i < count; i++) if (patterns[selected[i]!]!.quiet !== true) addFound(at, patterns[selected[i]!]!, matchAt[i]!, found);
    // A quiet pattern only silences what it overlaps: with nothing found, its regex need not run (a healthy line that
    // says `connection closed` selects two costly ones).
    if (found.length === 0) return [];
    for (let i = 0; i < count; i++) if (patterns[selected[i]!]!.quiet === true) addFound(at, patterns[selected[i]!]!, exec(selected[i]!, line), found);
    return keepMatches(found);
  };
  return {
    patterns,
    recognizeLine(input: string, options?: RecognizeOptions): Recognition[] {
      const line = input.length > MAX_LINE_CHARS ? input.slice(0, MAX_LINE_CHARS) : input;
      const all = index.select(line, selected);
      // The parts come last, as their indices follow the patterns'.
      let count = all;
      while (count > 0 && selected[count - 1]! >= patterns.length) partOn[selected[--count]! - patterns.length] = 1;
      let matched = false;
      for (let i = 0; i < count; i++) if (patterns[selected[i]!]!.quiet !== true) matched = (matchAt[i] = exec(selected[i]!, line)) !== null || matched;
      const recognitions = matched ? recognitionsOf(line, count, options) : [];
      for (let i = count; i < all; i++) partOn[selected[i]! - patterns.length] = 0;
      return recognitions;
    },
  };
}

// Built on first use: importing the catalog (scan of an empty file, a scan worker starting) need not pay for the index.
let defaultRecognizer: Recognizer | undefined;

/** Every socket error recognised in one line (only its first MAX_LINE_CHARS characters are examined). */
export function recognizeLine(line: string, options?: RecognizeOptions): Recognition[] {
  defaultRecognizer ??= createRecognizer(PATTERNS);
  return defaultRecognizer.recognizeLine(line, options);
}
