// Compiles keywords into the table keyword-filter.wat reads: shift-or masks for 8 buckets of keywords, and check lists.

/** Byte offset of the masks: one 8-byte word per super-character (see keyword-filter.wat, which has it as a constant). */
const MASKS = 64;
/**
 * The filter reads the 2 bytes ending at each position as a little-endian u16, a super-character; a keyword's are
 * entered with each ASCII letter in both cases, so the filter folds case without an instruction for it.
 */
const SUPER_CHARACTERS = 0x10000;
const isLower = (byte: number): boolean => byte >= 0x61 && byte <= 0x7a;
const BUCKETS = 8;
/** Positions a mask word covers: the last 8 bytes of a keyword. */
const LANES = 8;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The spellings of a keyword the bytes of a line are compared with. The table folds ASCII case; the case of other
 * letters (Cyrillic, accented Latin) cannot be folded byte by byte, so such a keyword is looked for in lower case, in
 * upper case, and capitalised (its first word, or every word), which are the ways messages print it.
 */
function spellings(keyword: string): string[] {
  const lower = keyword.toLowerCase();
  if (![...lower].some((c) => c > '\x7f' && c !== c.toUpperCase())) return [lower];
  return [lower, keyword.toUpperCase(), capitalised(lower), lower.split(' ').map(capitalised).join(' ')];
}

/**
 * The spellings, ASCII case folded (the check compares a line's bytes folded alike), that do not contain another one:
 * a line holding `connection reset by peer` holds `connection reset`, and the first keyword to end in a line is the
 * same either way. Fewer keywords in the buckets let fewer positions through. Words are indexed by their first (up to)
 * 3 characters, so each position of a word is looked up once, not once per length.
 */
function essential(words: readonly string[]): string[] {
  const folded = [...new Set(words.map((w) => w.replace(/[A-Z]/g, (c) => c.toLowerCase())))];
  const byHead = new Map<string, string[]>();
  for (const w of folded) byHead.set(w.slice(0, 3), [...(byHead.get(w.slice(0, 3)) ?? []), w]);
  const heads = [...new Set(folded.map((w) => Math.min(3, w.length)))];
  const holdsAnother = (w: string): boolean => {
    for (let from = 0; from < w.length; from++) {
      for (const head of heads) {
        for (const other of byHead.get(w.slice(from, from + head)) ?? []) if (other.length < w.length && w.startsWith(other, from)) return true;
      }
    }
    return false;
  };
  return folded.filter((w) => !holdsAnother(w));
}

/**
 * Which bucket each keyword goes to. A bucket's shortest keyword leaves the positions before it unconstrained for the
 * whole bucket, so keywords are sorted by length up to LANES, then by their ends (so that a bucket's keywords end
 * alike and allow fewer super-characters), and cut into 8 runs of equal size. Over the bench log this let through
 * fewer positions than runs of equal weight with short keywords weighing more (8,147 per 4 MB against 11,747-122,721
 * for a keyword weighing 1.1-4 times as much as one a byte longer).
 */
function buckets(words: readonly Uint8Array[]): number[] {
  // Sort keys: the lanes, the bytes from the end, the index (sorted as strings, natively: a comparator ran in V8's
  // interpreter at start-up).
  const keys = words.map((w, k) => `${Math.min(w.length, LANES)}${Buffer.from(w).reverse().toString('latin1')}\u0000${k}`);
  const order = keys.sort().map((key) => Number(key.slice(key.lastIndexOf('\u0000') + 1)));
  const bucketOf = new Array<number>(words.length);
  for (const [rank, k] of order.entries()) bucketOf[k] = Math.floor((rank * BUCKETS) / words.length);
  return bucketOf;
}

/** The bit of `bucket` in lane `lane` of a mask word (lanes 0-3 in its first int32, 4-7 in its second). */
const bit = (lane: number, bucket: number): number => 1 << ((lane & 3) * 8 + bucket);

/**
 * Fills the masks: the super-characters of a keyword's last LANES bytes, for its bucket. What depends on the byte at a
 * position alone (the lanes before each bucket's shortest keyword accept anything; the byte before a keyword's first
 * can be anything) is gathered per byte first, and each byte's 256 words are filled with it natively: a loop over all
 * 64 Ki words ran in V8's interpreter at start-up, some 20 ms.
 */
function fillMasks(table: Int32Array, words: readonly Uint8Array[], bucketOf: readonly number[]): void {
  const shortest = new Array<number>(BUCKETS).fill(LANES);
  const byByte = new Int32Array(2 * 256).fill(-1);
  for (const [k, w] of words.entries()) {
    const bucket = bucketOf[k]!;
    shortest[bucket] = Math.min(shortest[bucket]!, w.length);
    if (w.length > LANES) continue;
    // A keyword's first byte, in either case when it is an ASCII letter.
    byByte[2 * w[0]! + ((w.length - 1) >> 2)]! &= ~bit(w.length - 1, bucket);
    if (isLower(w[0]!)) byByte[2 * (w[0]! - 0x20) + ((w.length - 1) >> 2)]! &= ~bit(w.length - 1, bucket);
  }
  const any = [-1, -1];
  for (let bucket = 0; bucket < BUCKETS; bucket++) for (let lane = shortest[bucket]!; lane < LANES; lane++) any[lane >> 2]! &= ~bit(lane, bucket);
  const masks = new BigInt64Array(table.buffer, table.byteOffset + MASKS, SUPER_CHARACTERS);
  const word = (low: number, high: number): bigint => BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0));
  for (let b = 0; b < 256; b++) masks.fill(word(any[0]! & byByte[2 * b]!, any[1]! & byByte[2 * b + 1]!), b << 8, (b + 1) << 8);
  for (const [k, w] of words.entries()) {
    for (let lane = 0; lane < Math.min(w.length - 1, LANES); lane++) {
      const at = w.length - 1 - lane;
      const clear = ~bit(lane, bucketOf[k]!);
      const previous = w[at - 1]!;
      const byte = w[at]!;
      for (let variant = 0; variant < 4; variant++) {
        // Variant bit 0 upper-cases the byte before, bit 1 the byte (when it is an ASCII letter; else it repeats).
        const p = variant & 1 && isLower(previous) ? previous - 0x20 : previous;
        const b = variant & 2 && isLower(byte) ? byte - 0x20 : byte;
        table[MASKS / 4 + 2 * (p | (b << 8)) + (lane >> 2)]! &= clear;
      }
    }
  }
}

/** Byte offset of the buckets' directory, after the masks: per bucket its key mask (u64), hash shift and heads (u32). */
const DIRECTORY = MASKS + 8 * 0x10000;
/** Byte offset of the check entries, after the directory (see keyword-filter.wat, which has both as constants). */
const ENTRIES = DIRECTORY + 16 * 8;
/** The multiplier of the check's hash (Fibonacci hashing, 64 bits). */
const GOLDEN = 0x9e3779b97f4a7c15n;

/** A keyword's check key: its last `length` bytes (up to 8) with bit 5 cleared, placed as a u64 load ending there reads them. */
function checkKey(w: Uint8Array, length: number): bigint {
  let key = 0n;
  for (let t = 0; t < length; t++) key |= BigInt(w[w.length - 1 - t]! & 0xdf) << BigInt(8 * (7 - t));
  return key;
}

/**
 * Compiles the keywords into one table in shared memory (worker threads use it without a copy): masks, then for the
 * exact check, per bucket, a hash of each keyword's last bytes (as many as the bucket's shortest keyword has, up to
 * 8), case folded, to the keywords that end so. The filter says which buckets may hold a keyword ending at a
 * position, so the check looks in those only, and the longer keys leave few keywords per list: with one hash of the
 * last 3 bytes for all, the 163 keywords that end in `out` shared a list.
 */
export function compileKeywordTable(keywords: readonly string[]): Int32Array {
  const words = essential([...new Set(keywords.filter((k) => k.length > 0).flatMap(spellings))]).map((w) => Buffer.from(w, 'utf8'));
  const bucketOf = buckets(words);
  const members = Array.from({ length: BUCKETS }, (_, b) => words.flatMap((w, k) => (bucketOf[k] === b ? [k] : [])));
  const keyLength = members.map((ks) => Math.min(LANES, ...ks.map((k) => words[k]!.length)));
  const hashBits = members.map((ks) => Math.min(16, Math.max(4, Math.ceil(Math.log2(2 * ks.length)))));
  const slotOf = words.map((w, k) => {
    const b = bucketOf[k]!;
    return Number(BigInt.asUintN(64, checkKey(w, keyLength[b]!) * GOLDEN) >> BigInt(64 - hashBits[b]!));
  });
  const headsAt: number[] = [];
  let at = ENTRIES + 8 * words.length;
  for (let b = 0; b < BUCKETS; b++) {
    headsAt.push(at);
    at += 4 * ((1 << hashBits[b]!) + 1);
  }
  const bytesAt = at;
  const size = bytesAt + words.reduce((sum, w) => sum + w.length, 0);
  const table = new Int32Array(new SharedArrayBuffer(Math.ceil(size / 4) * 4));
  fillMasks(table, words, bucketOf);
  const directory = new DataView(table.buffer, DIRECTORY, 16 * BUCKETS);
  const bytes = new Uint8Array(table.buffer);
  let entry = 0;
  for (let b = 0; b < BUCKETS; b++) {
    directory.setBigUint64(16 * b, checkKey(new Uint8Array(LANES).fill(0xff), keyLength[b]!), true);
    directory.setInt32(16 * b + 8, 64 - hashBits[b]!, true);
    directory.setInt32(16 * b + 12, headsAt[b]!, true);
    // Check lists: heads[h] .. heads[h + 1] index the entries (offsets of a keyword's last byte and of the byte before it).
    const heads = new Int32Array(table.buffer, headsAt[b]!, (1 << hashBits[b]!) + 1);
    for (const k of members[b]!) heads[slotOf[k]! + 1]!++;
    heads[0] = entry;
    for (let h = 1; h < heads.length; h++) heads[h]! += heads[h - 1]!;
    entry = heads[heads.length - 1]!;
    const next = heads.slice();
    for (const k of members[b]!) {
      const w = words[k]!;
      const e = ENTRIES / 4 + 2 * next[slotOf[k]!]!++;
      bytes.set(w, at);
      table[e] = at + w.length - 1;
      table[e + 1] = at - 1;
      at += w.length;
    }
  }
  return table;
}
