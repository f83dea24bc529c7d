// Mechanical checks of the style guide (shared STYLE.md): tree, file size, purpose comments, errors, thin CLI, tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const list = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
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
  assert.ok(read('src/cli/bin.ts').trim().split('\n').length <= 5);
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
