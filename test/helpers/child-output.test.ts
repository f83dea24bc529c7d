// Tests childOutput: a line printed just before the child exits is found, and a child that exits without it fails fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { childOutput } from './child-output.js';

test('finds what a child prints as its last output before it exits, and rejects when it exits without printing it', async () => {
  for (let round = 0; round < 5; round++) {
    const child = spawn(process.execPath, ['-e', "process.stdout.write('x'.repeat(300_000) + ' ready at 42\\n'); process.exitCode = 3"]);
    assert.equal((await childOutput(child).until(/ready at (\d+)/))[1], '42', `round ${round}`);
  }
  const silent = spawn(process.execPath, ['-e', "process.stderr.write('boom'); process.exit(3)"]);
  await assert.rejects(childOutput(silent).until(/ready/), /exited \(3\) before printing it.*stderr: "boom"/);
});
