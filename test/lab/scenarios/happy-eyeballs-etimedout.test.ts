// Runs happy-eyeballs-etimedout: a silent IPv6 address makes the error ETIMEDOUT though IPv4 refused at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('AggregateError [ETIMEDOUT] from the first attempt; the last attempt got ECONNREFUSED; classify says so', async () => {
  const run = await runScenario('happy-eyeballs-etimedout');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const get = callsOf(run, 'client', 'http.get http://dual.socklab.test')[0];
  assert.equal(get?.result, 'ETIMEDOUT');
  assert.match(get.detail ?? '', /^AggregateError \[ETIMEDOUT\]; classify: ECONNREFUSED \(kernel\), phase connect, retry safe$/);
  // The attempt timer is 250 ms: the error comes after it, and long before the kernel's 127 s of SYN retries.
  assert.ok(get.t > 240 && get.t < 10_000, `at ${get.t} ms`);
  assert.match(callsOf(run, 'client', 'connect [2001:db8::2] (1st address)')[0]?.detail ?? '', /Node's 250 ms attempt timer/);
  assert.equal(callsOf(run, 'client', 'connect 127.0.0.2 (2nd address)')[0]?.result, 'ECONNREFUSED');
  assert.ok(packetsOf(run, 'SYN').some((p) => p.family === 6 && p.dst.address === '2001:db8::2'), 'the SYN to the silent address was sent');
  assert.ok(packetsOf(run, 'RST').some((p) => p.src.address === '127.0.0.2'), 'the IPv4 address refused');
});
