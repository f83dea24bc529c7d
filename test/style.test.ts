// Mechanical checks of the style guide (shared STYLE.md): tree, file size, purpose comments, errors, thin CLI, tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const list = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true }).map(String).filter((f) => /\.c?ts$/.test(f)).map((f) => join(dir, f));
const source = list('src');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const isData = (file: string): boolean => file.includes('/data/') || file.includes('/patterns/');

test('R1: src holds only the capability folders, and no utils', () => {
  const allowed = new Set(['index.ts', 'errors', 'catalog', 'sys', 'lab', 'proxy', 'scan', 'doctor', 'cli', 'shared', 'net', 'clients']);
  assert.deepEqual(readdirSync(join(root, 'src')).filter((e) => !allowed.has(e)), []);
  assert.deepEqual(source.filter((f) => /\/(utils?|helpers)(\/|\.ts$)/.test(f)), []);
});

test('R2: logic files stay under 300 lines, data files under 400', () => {
  const long = source.filter((f) => read(f).split('\n').length > (isData(f) ? 400 : 300));
  assert.deepEqual(long, []);
});

test('R3: every source file opens with a one-line purpose comment', () => {
  const bare = source.filter((f) => {
    const lines = read(f).split('\n');
    const first = lines[0]?.startsWith('#!') === true ? lines[1] : lines[0];
    return first?.startsWith('//') !== true;
  });
  assert.deepEqual(bare, []);
});

test('R9: catalog data files import types only (or sibling data files)', () => {
  const impure = source.filter((f) => f.startsWith('src/catalog/data/') && /^import (?!type ).* from '(?!\.\/)/m.test(read(f)));
  assert.deepEqual(impure, []);
});

test('R11: no bare `new Error(` outside src/errors', () => {
  const bare = source.filter((f) => !f.startsWith('src/errors/') && /new Error\(/.test(read(f)));
  assert.deepEqual(bare, []);
});

test('R14: the CLI is thin: a tiny bin, no sockets, processes or FFI in src/cli', () => {
  assert.ok(read('src/cli/bin.cts').trim().split('\n').length <= 5);
  const heavy = source.filter((f) => f.startsWith('src/cli/') && /from '(node:net|node:dgram|node:child_process|koffi)'/.test(read(f)));
  assert.deepEqual(heavy, []);
});

test('R16: named exports only', () => {
  assert.deepEqual(source.filter((f) => /export default/.test(read(f))), []);
});

test('R17: every scenario and toxic has its own test file', () => {
  const plugins = source.filter((f) => /^src\/(lab\/scenarios|proxy\/toxics)\/(?!index\.ts)/.test(f));
  const untested = plugins.filter((f) => !existsSync(join(root, f.replace(/^src/, 'test').replace(/\.ts$/, '.test.ts'))));
  assert.deepEqual(untested.map((f) => relative('.', f)), []);
});

// Known loops, left to their owners: the pattern tables import definePatternTable while pattern.ts derives the
// Ecosystem type from the tables' registry (types only).
const KNOWN_LOOPS = [/^src\/catalog\/pattern\.ts$/, /^src\/catalog\/patterns\//];

test('Part C: the house is layered: no file imports itself back through others, types included', () => {
  const imports = new Map(source.map((f) => [f, [...read(f).matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)\.js'/gm)]
    .map((m) => join(f, '..', `${m[1]}.ts`))]));
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
    (imports.get(from) ?? []).some((next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))));
  const looped = source.filter((f) => reaches(f, f) && !KNOWN_LOOPS.some((known) => known.test(f)));
  assert.deepEqual(looped, []);
});
