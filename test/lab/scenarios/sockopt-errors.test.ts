// Runs sockopt-errors on the real kernel: every predicted get/setsockopt errno is produced, and EISCONN only by connect().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('get/setsockopt fail with EBADF, ENOTSOCK, ENOPROTOOPT, EINVAL, EDOM, EFAULT and ENOBUFS; EISCONN comes from connect()', async () => {
  const run = await runScenario('sockopt-errors');
  assert.equal(run.verdict.status, 'agrees');
  for (const check of run.verdict.checks) assert.ok(check.holds, `${check.prediction.call}: ${check.observed?.result}`);
  // Every attempt of the same kind failed the same way (TCP_KEEPIDLE 0 and -5, tv_usec 1000000 and -1).
  for (const call of ['setsockopt (TCP_KEEPIDLE 0)', 'setsockopt (SO_RCVTIMEO tv_usec 1000000)']) {
    const results = new Set(callsOf(run, 'client', call).map((c) => c.result));
    assert.equal(results.size, 1, `${call}: ${[...results].join(', ')}`);
  }
  assert.equal(callsOf(run, 'client', 'setsockopt (TCP_FASTOPEN_CONNECT, connected)')[0]?.result, 'EINVAL');
  assert.deepEqual(callsOf(run, 'client', 'connect (already connected)').map((c) => c.result), ['ok', 'EISCONN']);
});
