// A small seeded random source (mulberry32), so toxicity rolls and jitter are reproducible with --seed.

/** A function returning uniform numbers in [0, 1). */
export type RandomSource = () => number;

/** Hash strings and numbers into a 32-bit seed. */
export function mixSeed(...parts: readonly (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A seeded generator; the same seed gives the same sequence. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
