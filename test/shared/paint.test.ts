// One Paint for every text renderer: colour when asked, plain text otherwise, and no second declaration of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paint } from '../../src/shared/paint.js';

test('paint(true) wraps text in SGR colours, paint(false) leaves it as it is', () => {
  assert.equal(paint(true).red(paint(true).bold('ECONNRESET')), '\x1b[31m\x1b[1mECONNRESET\x1b[22m\x1b[39m');
  assert.equal(paint(false).red(paint(false).bold('ECONNRESET')), 'ECONNRESET');
});

// Renderers whose owners are still at work there (reported to the lead); each is to take shared/paint.ts too.
const NOT_YET = new Set(['src/scan/render/scan-text.ts', 'src/clients/render/clients-long.ts', 'src/clients/render/clients-matrix.ts']);

test('picocolors is called and its Paint type declared in src/shared/paint.ts only', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const files = readdirSync(join(root, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
  const again = files.filter((f) => f !== join('src', 'shared', 'paint.ts') && !NOT_YET.has(f))
    .filter((f) => /from 'picocolors'|createColors|type Paint =/.test(readFileSync(join(root, f), 'utf8')));
  assert.deepEqual(again, []);
});
