// RLIMIT_NOFILE read and set through libc: a lowered soft limit makes the next descriptor fail with EMFILE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// In a child process: the limit is process-wide, and the test runner's own descriptors must not be starved.
const child = `
import { getFileLimit, setFileLimit } from ${JSON.stringify(fileURLToPath(new URL('../../src/sys/file-limit.js', import.meta.url)))};
import { RawSocket } from ${JSON.stringify(fileURLToPath(new URL('../../src/sys/raw-socket.js', import.meta.url)))};
const before = getFileLimit();
const probe = RawSocket.tcp();
const lowest = probe.fd;
probe.close();
setFileLimit({ soft: lowest, hard: before.hard });
let code = 'ok';
try { RawSocket.tcp().close(); } catch (error) { code = error.code; }
const lowered = getFileLimit();
setFileLimit(before);
RawSocket.tcp().close();
console.log(JSON.stringify({ before, lowered, lowest, code, after: getFileLimit() }));
`;

test('the soft limit round-trips, and a descriptor at the limit fails with EMFILE', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout) as { before: { soft: number; hard: number }; lowered: { soft: number; hard: number }; lowest: number; code: string; after: { soft: number } };
  assert.ok(r.before.soft > r.lowest && r.before.hard >= r.before.soft);
  assert.deepEqual(r.lowered, { soft: r.lowest, hard: r.before.hard });
  assert.equal(r.code, 'EMFILE');
  assert.equal(r.after.soft, r.before.soft);
});
