// Tests the Aho-Corasick construction: every word ending at every position, overlaps and nested words included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAutomaton } from '../../src/shared/aho-corasick.js';

/** The indices of the words ending at each position of `text`, read through the automaton. */
function endsAlong(words: readonly (readonly number[])[], symbols: number, text: readonly number[]): number[][] {
  const { next, ends } = buildAutomaton(words, symbols);
  let s = 0;
  return text.map((c) => {
    s = next[s * symbols + c]!;
    return [...(ends[s] ?? [])].sort((a, b) => a - b);
  });
}

/** The same, by comparing every word with the text before each position. */
function endsByHand(words: readonly (readonly number[])[], text: readonly number[]): number[][] {
  return text.map((_c, i) => words.flatMap((w, k) => (w.length <= i + 1 && w.every((x, j) => x === text[i + 1 - w.length + j]) ? [k] : [])));
}

test('finds overlapping and nested words (he, she, his, hers)', () => {
  const code = (s: string): number[] => [...s].map((c) => 'ehirs'.indexOf(c) + 1);
  const words = ['he', 'she', 'his', 'hers'].map(code);
  assert.deepEqual(endsAlong(words, 6, code('ushers').map((c) => Math.max(c, 0))), [[], [], [], [0, 1], [], [3]]);
});

test('agrees with a search by hand on random words and texts, including repeated symbols', () => {
  let seed = 7;
  const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let round = 0; round < 50; round++) {
    const symbols = 2 + random(4);
    const words = Array.from({ length: 1 + random(6) }, () => Array.from({ length: 1 + random(4) }, () => random(symbols)));
    const text = Array.from({ length: 60 }, () => random(symbols));
    assert.deepEqual(endsAlong(words, symbols, text), endsByHand(words, text), JSON.stringify({ words, text }));
  }
});

test('the same word twice ends at the same state under both indices', () => {
  assert.deepEqual(endsAlong([[1, 2], [1, 2]], 3, [1, 2]), [[], [0, 1]]);
});
