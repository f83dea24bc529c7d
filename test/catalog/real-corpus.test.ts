// explain on log lines real users posted (test/fixtures/explain/real-lines.ts): every label, every decoy, no false errno.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { REAL_LINES } from '../fixtures/explain/real-lines.js';
import { memoryIo } from '../helpers/memory-io.js';
import { describeGrade, gradeCorpus } from '../helpers/explain-grades.js';

const grades = gradeCorpus();
const ecosystems = [...new Set(REAL_LINES.map((r) => r.ecosystem))].sort();

test('the corpus is what the issue asks for: 300+ lines from 30+ ecosystems with 20+ decoys, each with its link', () => {
  assert.ok(REAL_LINES.length >= 300, `${REAL_LINES.length} lines`);
  assert.ok(ecosystems.length >= 30, `${ecosystems.length} ecosystems`);
  assert.ok(REAL_LINES.filter((r) => r.expect === 'decoy').length >= 20);
  for (const r of REAL_LINES) assert.match(r.source, /^https:\/\//, r.line);
});

for (const ecosystem of ecosystems) {
  test(`${ecosystem}: every line gives its label in the headline (errno and kind), every decoy nothing`, () => {
    const wrong = grades.filter((g) => g.real.ecosystem === ecosystem && !g.right).map(describeGrade);
    assert.deepEqual(wrong, []);
  });
}

test('no line claims a kernel errno the kernel did not produce', () => {
  assert.deepEqual(grades.filter((g) => g.falseErrno).map(describeGrade), []);
});

test('every decoy makes `socklab explain` exit 1', async () => {
  const decoys = REAL_LINES.filter((r) => r.expect === 'decoy');
  // `--` because some lines start with a dash (`--- FAIL: TestDialTimeout`), as a user would type them.
  const codes = await Promise.all(decoys.map((r) => main(['explain', '--', r.line], memoryIo())));
  assert.deepEqual(decoys.filter((_, i) => codes[i] !== 1).map((r) => r.line), []);
});
