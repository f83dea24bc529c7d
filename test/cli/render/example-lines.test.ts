// --help examples fit the terminal: long commands continue after a backslash, never inside quotes, and still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { exampleLines } from '../../../src/cli/render/example-lines.js';
import { main } from '../../../src/cli/main.js';
import { memoryIo } from '../../helpers/memory-io.js';

test('a command that fits stays one line; a long one breaks between words with a backslash', () => {
  assert.deepEqual(exampleLines('socklab doctor --json', 60), ['  socklab doctor --json']);
  const probe = "socklab probe example.internal:80 --send 'HEAD / HTTP/1.0\\r\\n\\r\\n' --expect 'HTTP/'";
  const lines = exampleLines(probe, 60);
  assert.deepEqual(lines, [
    '  socklab probe example.internal:80 --send \\',
    "    'HEAD / HTTP/1.0\\r\\n\\r\\n' --expect 'HTTP/'",
  ]);
  assert.ok(lines.every((l) => l.length <= 60));
  // The shell reads the broken lines as the same words as the original command.
  const words = (text: string): string => execFileSync('sh', ['-c', `printf '%s|' ${text}`], { encoding: 'utf8' });
  assert.equal(words(lines.join('\n')), words(probe));
});

test('a word longer than the width stays whole', () => {
  assert.deepEqual(exampleLines('socklab scan /var/log/a-very-long-file-name-indeed.log', 20), ['  socklab scan \\', '    /var/log/a-very-long-file-name-indeed.log']);
});

test('every command\'s --help fits 60 columns', async () => {
  for (const command of ['clients', 'doctor', 'explain', 'lab', 'probe', 'proxy', 'repro', 'scan', 'toxic']) {
    const io = memoryIo('', { width: 60 });
    await main([command, '--help'], io);
    const wide = io.out().split('\n').filter((l) => l.length > 60);
    assert.deepEqual(wide, [], `socklab ${command} --help`);
  }
});
