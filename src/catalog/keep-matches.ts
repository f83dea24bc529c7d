// Which of the matches found in one line the line reports (quiet shapes, superseding, generic fallbacks, containment).
import type { Pattern, Recognition } from './pattern.js';

/** One pattern's match in a line: what it recognises, where it ends, and the pattern. */
export interface Found {
  readonly recognition: Recognition;
  readonly end: number;
  readonly pattern: Pattern;
}

const overlaps = (a: Found, b: Found): boolean => a.recognition.offset < b.end && b.recognition.offset < a.end;
// `f` says again what `s` says: they overlap, or name the same errno (with no errno, the same kind).
const repeats = (s: Found, f: Found): boolean =>
  overlaps(s, f) || (f.recognition.errno === null ? s.recognition.kind === f.recognition.kind : s.recognition.errno === f.recognition.errno);
// `s` is a longer match around `f`.
const contains = (s: Found, f: Found): boolean =>
  s.recognition.offset <= f.recognition.offset && f.end <= s.end && s.end - s.recognition.offset > f.end - f.recognition.offset;
const supersedes = (s: Found, f: Found): boolean => s.pattern.supersedes?.includes(f.pattern.id) === true && overlaps(s, f);

/** Whether a quiet shape in `all` overlaps `f`. */
function silenced(f: Found, all: readonly Found[]): boolean {
  for (const q of all) if (q.pattern.quiet === true && overlaps(q, f)) return true;
  return false;
}

/** Whether a match in `found` supersedes `f`. */
function superseded(f: Found, found: readonly Found[]): boolean {
  for (const s of found) if (supersedes(s, f)) return true;
  return false;
}

/** Whether `live[i]` gives way to another live match (see keepMatches). */
function givesWay(live: readonly Found[], i: number): boolean {
  const f = live[i]!;
  const generic = f.pattern.generic === true;
  for (let j = 0; j < live.length; j++) {
    const s = live[j]!;
    if (j === i) continue;
    if (generic ? (s.pattern.generic !== true || j < i) && repeats(s, f) : s.pattern.generic !== true && contains(s, f)) return true;
  }
  return false;
}

/**
 * The recognitions a line reports, of every match found in it. A quiet shape silences what it overlaps. A generic
 * fallback gives way to a specific match, or an earlier generic one, that overlaps it or says the same (the same
 * errno; with no errno, the same kind). A match gives way to an overlapping one that supersedes it, and to a longer
 * specific one that contains it (node's `read ECONNRESET` inside node-redis's wrapper).
 */
export function keepMatches(all: readonly Found[]): Recognition[] {
  // A lone match has nothing to give way to.
  if (all.length === 1) return [all[0]!.recognition];
  const found: Found[] = [];
  for (const f of all) if (f.pattern.quiet !== true && !silenced(f, all)) found.push(f);
  // A superseded match is gone before the other rules run, so it cannot push out the match that superseded it.
  const live: Found[] = [];
  for (const f of found) if (!superseded(f, found)) live.push(f);
  const kept: Recognition[] = [];
  for (let i = 0; i < live.length; i++) if (!givesWay(live, i)) kept.push(live[i]!.recognition);
  return kept;
}
