// Tests the keyword index's WebAssembly walk: the patterns a line's keywords select, ASCII only, in lines of any length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAutomaton } from '../../src/catalog/keyword-automaton.js';
import { keywordWalk } from '../../src/catalog/keyword-walk.js';

// Keywords 0-3; keyword w selects the patterns patternsOf[w] (of 5).
const keywords = ['reset', 'connection reset', 'refused', 'ab'];
const patternsOf = [[1], [0, 1], [2], [3]];
const walk = (always: number[] = []) => keywordWalk(() => buildAutomaton(keywords, patternsOf, true), always, 5);

/** The patterns `w` selects in `text`, or -1. */
function select(w: ReturnType<typeof walk>, text: string, asciiOnly = true): number[] | -1 {
  const selected = new Int32Array(5);
  const count = w.select(text, selected, asciiOnly);
  return count < 0 ? -1 : [...selected.subarray(0, count)];
}

test('selects the patterns of the keywords in a line, ASCII case folded, ascending and once each', () => {
  const w = walk();
  assert.deepEqual(select(w, 'read: Connection RESET by peer; reset again; refused'), [0, 1, 2]);
  assert.deepEqual(select(w, 'all is well'), []);
  assert.deepEqual(select(w, ''), []);
});

test('the patterns every line selects come first, once each', () => {
  const w = walk([4, 1]);
  assert.deepEqual(select(w, 'nothing'), [1, 4]);
  assert.deepEqual(select(w, 'reset'), [1, 4]);
});

test('a line with a character outside ASCII is not read ASCII-only; else that character matches no keyword', () => {
  const w = walk();
  assert.equal(select(w, 'reset caf\u00e9'), -1);
  assert.deepEqual(select(w, 'reset caf\u00e9', false), [1]);
  // The two bytes of é (and the four of an emoji) stand between a and b: no `ab`.
  assert.deepEqual(select(w, 'a\u00e9b a\u{1F50C}b', false), []);
  assert.deepEqual(select(w, 'a\u00e9ab', false), [3]);
});

test('a line longer than the room the walk started with grows its memory, and later lines still read right', () => {
  const w = walk();
  assert.deepEqual(select(w, `${'x'.repeat(200_000)}refused`), [2]);
  assert.deepEqual(select(w, `${'\u00e9'.repeat(100_000)}ab`, false), [3]);
  assert.deepEqual(select(w, 'ab'), [3]);
});

test('tables built elsewhere after the memory was asked for (a prebuilt file that failed to read) are copied in', () => {
  const w = keywordWalk((into) => {
    into(4);
    return buildAutomaton(keywords, patternsOf, true);
  }, [], 5);
  assert.deepEqual(select(w, 'Connection reset, refused'), [0, 1, 2]);
});
