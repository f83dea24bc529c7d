// The runner survives scenario processes that die while it talks to them (timeouts as short as the IPC round trip).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { LabResult } from '../../src/lab/runner.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));

for (const timeoutMs of [30, 150, 300]) {
  test(`lab --timeout ${timeoutMs}: every scenario ran or timed out, and the runner did not crash`, { timeout: 60_000 }, async () => {
    const outcome = await run(process.execPath, [BIN, 'lab', '--json', '--timeout', `${timeoutMs}ms`], { maxBuffer: 64 << 20 })
      .then((ok) => ({ ...ok, code: 0 }), (error: { stdout: string; stderr: string; code: number }) => error);
    assert.doesNotMatch(outcome.stderr, /Error|EPIPE|ERR_IPC/, 'nothing unhandled on stderr');
    const result = JSON.parse(outcome.stdout) as LabResult;
    for (const scenario of result.runs) {
      if (scenario.status === 'ran') continue;
      assert.equal(scenario.status, 'failed', scenario.id);
      assert.match(scenario.reason ?? '', /timed out after \d+ ms/, scenario.id);
    }
    assert.ok(result.runs.some((r) => r.status === 'failed'), 'at least one scenario hit the timeout');
  });
}
