// The command table stays cheap to import: its static imports reach the specs, never a command's library; a command
// line loads only the spec it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { commandsFor } from '../../../src/cli/command-loaders.js';

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

// What the specs read besides the CLI, errors and shared text helpers: the lists some options choose from (with
// whatever those lists load).
const SPEC_LISTS = ['src/catalog/types.ts', 'src/doctor/tcp-state.ts', 'src/proxy/toxics/index.ts', 'src/clients/adapters/index.ts', 'src/clients/faults/index.ts', 'src/clients/client.ts'];

test('importing the command table loads no library: each action imports its own', () => {
  const closures = COMMANDS.map((c) => staticClosure(`src/cli/commands/${c.name}.ts`));
  const files = new Set(closures.flatMap((c) => [...c.files]));
  const packages = new Set(closures.flatMap((c) => [...c.packages]));
  const lists = SPEC_LISTS.map(staticClosure);
  const allowed = (f: string): boolean => /^src\/(cli|errors|shared)\//.test(f) || lists.some((l) => l.files.has(f));
  assert.deepEqual([...files].filter((f) => !allowed(f)), [], 'import these inside the action (await import) rather than at the top of the command file');
  const allowedPackages = new Set(['commander', 'picocolors', 'get-east-asian-width', ...lists.flatMap((l) => [...l.packages])]);
  assert.deepEqual([...packages].filter((p) => !allowedPackages.has(p)), []);
  assert.ok(files.size > COMMANDS.length, 'the closure walk found the command files');
});

test('a command line loads the spec of the command it names, and all of them for anything else', async () => {
  for (const command of COMMANDS) assert.deepEqual(await commandsFor([command.name, '--json']), [command]);
  for (const argv of [[], ['--help'], ['-V'], ['help', 'scan'], ['scna'], ['constructor']]) assert.deepEqual(await commandsFor(argv), COMMANDS, argv.join(' '));
});
