// A byte-level Aho-Corasick automaton that finds any of many keywords (ASCII case folded) in a Buffer in one pass.

/** Finds the first keyword occurrence in a byte range; built once per scan from the recogniser's keywords. */
export interface KeywordMatcher {
  /** Index of the last byte of the first keyword found in [start, end), or -1. */
  readonly find: (buf: Uint8Array, start: number, end: number) => number;
}

function fold(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

/**
 * Builds the matcher. Bytes are mapped to classes (each byte used by a keyword gets one, upper case shares its lower
 * case class, all other bytes share class 0), and the automaton is compiled to a dense transition table whose entries
 * are premultiplied row offsets, negative when the target state ends a keyword: the inner loop is one load and one test.
 */
export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  const words = [...new Set(keywords.filter((k) => k.length > 0))].map((k) => Buffer.from(k.toLowerCase(), 'latin1'));
  const classOf = new Uint8Array(256);
  let classes = 1;
  for (const w of words) for (const b of w) if (classOf[b] === 0) classOf[b] = classes++;
  for (let b = 0x41; b <= 0x5a; b++) classOf[b] = classOf[fold(b)]!;
  // Trie.
  const next: number[][] = [new Array<number>(classes).fill(-1)];
  const ends: boolean[] = [false];
  for (const w of words) {
    let s = 0;
    for (const b of w) {
      const c = classOf[b]!;
      if (next[s]![c] === -1) {
        next[s]![c] = next.length;
        next.push(new Array<number>(classes).fill(-1));
        ends.push(false);
      }
      s = next[s]![c]!;
    }
    ends[s] = true;
  }
  // Breadth-first: failure links turn the trie into a complete automaton.
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const t = next[0]![c]!;
    if (t === -1) next[0]![c] = 0;
    else queue.push(t);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    ends[s] = ends[s]! || ends[fail[s]!]!;
    for (let c = 0; c < classes; c++) {
      const t = next[s]![c]!;
      if (t === -1) next[s]![c] = next[fail[s]!]![c]!;
      else {
        fail[t] = next[fail[s]!]![c]!;
        queue.push(t);
      }
    }
  }
  const table = new Int32Array(next.length * classes);
  for (let s = 0; s < next.length; s++) {
    for (let c = 0; c < classes; c++) {
      const t = next[s]![c]!;
      table[s * classes + c] = ends[t] === true ? -(t * classes) - 1 : t * classes;
    }
  }
  return {
    find(buf, start, end) {
      if (words.length === 0) return -1;
      let s = 0;
      for (let i = start; i < end; i++) {
        s = table[s + classOf[buf[i]!]!]!;
        if (s < 0) return i;
      }
      return -1;
    },
  };
}
