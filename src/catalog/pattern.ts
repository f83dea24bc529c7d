// The Pattern contract and definePatternTable: one log-line shape from one ecosystem and what it means.
import type { Ecosystem } from './patterns/index.js';
import type { ErrnoName, Kind, Platform } from './types.js';

/** Where in a connection's life the error struck. */
export type Phase = 'connect' | 'read' | 'write' | 'accept' | 'dns' | 'close' | 'unknown';

/**
 * Which catalog code a pattern means: a fixed name; `from-name` (the `name` group holds an errno name such as
 * ECONNRESET or econnrefused); `from-number` (the `number` group holds an errno number, read on the platform the line
 * comes from: see docs/explain.md); `from-message` (the `message` group holds strerror text such as "Connection
 * reset by peer"); or null when the line shows no errno (a close, a program's own timer). A name or number the
 * catalog does not know drops the recognition; an unknown message, or an optional group that did not match, keeps
 * it with no errno.
 */
export type PatternErrno = ErrnoName | 'from-name' | 'from-number' | 'from-message' | null;

/** Where a pattern's phase comes from: fixed, or `from-call` (the `call` group holds a syscall or verb: `read`, `dial`, `connecting`). */
export type PatternPhase = Phase | 'from-call';

/**
 * Who produced what a line reports. `kernel`: a socket call failed with this errno. Otherwise a library, a proxy or
 * the name resolver reported it (`by`), with its own code when it printed one: axios' ECONNABORTED for its timeout,
 * Node's ECONNRESET for `socket hang up`, nginx's 110 for its proxy timer, getaddrinfo's EAI_AGAIN.
 */
export type Origin =
  | { readonly source: 'kernel' }
  | { readonly source: 'library' | 'proxy' | 'resolver'; readonly by: string; readonly code: string | null };

/**
 * Who reports a pattern's line when the kernel did not: `source` defaults to library (resolver for a resolver code),
 * `by` to the table's name, `code` to the resolver code or none. Ignored when the line yields a kernel errno.
 */
export interface PatternOrigin {
  readonly source?: 'library' | 'proxy' | 'resolver';
  readonly by?: string;
  readonly code?: string;
}

/**
 * What a pattern means. With an errno spec, the kind follows the errno the line shows (a kernel errno is `errno`,
 * EMFILE `resource-limit`, a resolver code `resolution`) and `kind` is the kind when it shows none (default
 * `errno`: a kernel errno the line does not name). Without one, `kind` is required; null marks a wrapper that names
 * no cause (`fetch failed`: the cause is elsewhere).
 */
export type PatternMeaning =
  | { readonly errno: Exclude<PatternErrno, null>; readonly kind?: Kind; readonly origin?: PatternOrigin; readonly quiet?: never }
  | { readonly errno: null; readonly kind: Kind | null; readonly origin?: PatternOrigin; readonly quiet?: never }
  | QuietMeaning;

/**
 * A shape that looks like a socket error but is none (a broken pipe to stdout, a database lock timeout, a source
 * line quoted in a traceback): it reports nothing, and every recognition it overlaps is dropped.
 */
export interface QuietMeaning {
  readonly errno: null;
  readonly kind: null;
  readonly origin?: PatternOrigin;
  readonly quiet: true;
}

/** One top-level alternative of a row's regex, with the keywords of its own (see PatternRow.parts). */
export interface PatternPart {
  /** Lower-case literal substrings: every text `regex` matches holds one of them. */
  readonly keywords: readonly string[];
  readonly regex: RegExp;
}

/**
 * One row of a pattern table, as written in `patterns/<ecosystem>.ts`. The regex may use these named groups: `peer`
 * (host:port or host), or `host` and `port` (joined into the peer); `number` (an errno number), `name` (an errno
 * name), `message` (strerror text), `call` (a syscall or operation name). Regexes must not nest quantifiers and must
 * bound repeats (`{1,255}`), since scan runs them on untrusted gigabytes.
 */
export type PatternRow = PatternMeaning & {
  /** Stable slug, unique in its table; the pattern id is `<table name>.<slug>`, never reused for another meaning. */
  readonly id: string;
  /** Lower-case literal substrings; a line is tried against `regex` only when it contains one of them (prefilter). */
  readonly keywords: readonly string[];
  readonly regex: RegExp;
  /**
   * The alternatives `regex` is made of, each with its own keywords (`anyOfParts` builds both from one list), for a
   * costly regex: a line the row's keywords select runs only the parts whose keywords it holds as well, and the
   * leftmost of their matches (the earlier part's, at the same place) is the match of `regex`.
   */
  readonly parts?: readonly PatternPart[];
  readonly phase: PatternPhase;
  /** The platform the line comes from (its numbers and wording); inferred from the line when absent. */
  readonly platform?: Platform;
  /** Run on the whole line to find the peer (a `peer` group, or `host` and `port`) when `regex` has none (e.g. nginx's `upstream: "http://..."`). */
  readonly peerRegex?: RegExp;
  /** One or two sentences: what the message means and what else it can mean. */
  readonly note: string;
  /** A fallback (bare strerror text, a generic phrase): dropped when a specific pattern matched the same text. */
  readonly generic?: boolean;
  /** Ids of other tables' patterns that read the same text less well: an overlapping match of theirs is dropped. */
  readonly supersedes?: readonly string[];
  /**
   * The number may be any errno, not only a socket call's (Python's OSError, Rust's os error): it is not moved to
   * another platform just because it is a socket errno there.
   */
  readonly anyErrno?: boolean;
};

/** A pattern of a named table: its row, with the table name as `ecosystem` and a full `<ecosystem>.<slug>` id. */
export type PatternOf<N extends string> = PatternRow & { readonly ecosystem: N };

/** One recognisable line shape of a registered ecosystem. */
export type Pattern = PatternOf<Ecosystem>;

/** One ecosystem's patterns; `name` is the ecosystem and the file name (`patterns/<name>.ts`). */
export interface PatternTable<N extends string> {
  readonly name: N;
  readonly patterns: readonly PatternOf<N>[];
}

/** Defaults for every row of a table. */
export interface PatternTableOptions {
  /** Origin fields shared by the table's rows (a proxy's table sets `source: 'proxy'`). */
  readonly origin?: PatternOrigin;
}

/** `text` with the characters a regular expression gives meaning to escaped, to match it literally inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds an ecosystem's table from its rows: the name is written once, here, and prefixes every id. */
export function definePatternTable<const N extends string>(name: N, rows: readonly PatternRow[], options: PatternTableOptions = {}): PatternTable<N> {
  const patterns = rows.map((row): PatternOf<N> => {
    const id = `${name}.${row.id}`;
    return options.origin === undefined ? { ...row, id, ecosystem: name } : { ...row, id, ecosystem: name, origin: { ...options.origin, ...row.origin } };
  });
  return { name, patterns };
}

/** One recognised socket error in a line of text: the JSON shape scan and explain --json report. */
export interface Recognition {
  readonly ecosystem: Ecosystem;
  readonly patternId: string;
  /** The text the pattern matched (at most 200 characters). */
  readonly matched: string;
  /** Character offset of the match in the line. */
  readonly offset: number;
  /** What sort of failure it is; null only for a wrapper that names no cause (see note). */
  readonly kind: Kind | null;
  /** The kernel errno, only when the kernel produced it (origin `kernel`); null otherwise (see origin and note). */
  readonly errno: ErrnoName | null;
  /** Who produced it: the kernel, or a library, proxy or resolver with its own code. */
  readonly origin: Origin;
  /** The platform whose numbering applies (inferred from the number and wording when the line holds a number). */
  readonly platform: Platform;
  /** The number printed in the line (an errno, or a library's errno-like code), when there is one. */
  readonly number: number | null;
  readonly phase: Phase;
  /** The syscall or operation named in the line (`read`, `connect`, `recv`), when there is one. */
  readonly call: string | null;
  /** The remote end named in the line (host:port or host), when there is one. */
  readonly peer: string | null;
  readonly note: string;
}
