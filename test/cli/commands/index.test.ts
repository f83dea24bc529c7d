// The command table stays cheap to import: its static imports reach the specs, never a command's library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { COMMANDS } from '../../../src/cli/commands/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every module a source file loads before it runs (static imports, not `import type`, not `await import()`). */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?'([^']+)';/gms)) {
      const target = m[1]!;
      if (target.startsWith('.')) visit(relative(root, join(root, dirname(file), target)).replace(/\.js$/, '.ts'));
      else if (!target.startsWith('node:')) packages.add(target);
    }
  };
  visit(entry);
  return { files, packages };
}

// What the specs themselves read: the CLI, errors, shared text helpers, and the lists some options choose from.
const SPEC_MODULES = [/^src\/(cli|errors|shared)\//, /^src\/catalog\/types\.ts$/, /^src\/doctor\/tcp-state\.ts$/, /^src\/proxy\/(toxic|long-timeout)\.ts$/, /^src\/proxy\/toxics\//];

test('importing the command table loads no library: each action imports its own', () => {
  const { files, packages } = staticClosure('src/cli/commands/index.ts');
  const libraries = [...files].filter((f) => !SPEC_MODULES.some((allowed) => allowed.test(f)));
  assert.deepEqual(libraries, [], 'import these inside the action (await import) rather than at the top of the command file');
  assert.deepEqual([...packages].filter((p) => !['commander', 'picocolors', 'get-east-asian-width'].includes(p)), []);
  assert.ok(files.size > COMMANDS.length, 'the closure walk found the command files');
});
