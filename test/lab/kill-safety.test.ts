// Killing `socklab lab` at any moment leaves nothing behind (no process, so no namespace or veth) and the host untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { hostState } from '../helpers/host-state.js';
import { commandOf, processesWithMarker } from '../helpers/lab-processes.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));

for (const [signal, afterMs] of [['SIGKILL', 150], ['SIGKILL', 600], ['SIGKILL', 2500], ['SIGINT', 800], ['SIGTERM', 1500]] as const) {
  test(`${signal} after ${afterMs} ms leaves nothing behind`, async () => {
    const before = hostState();
    const marker = `SOCKLAB_KILL_TEST=${randomUUID()}`;
    const [key, value] = marker.split('=') as [string, string];
    const lab = spawn(process.execPath, [BIN, 'lab', '--json'], { stdio: 'ignore', env: { ...process.env, [key]: value } });
    const exited = once(lab, 'exit');
    await sleep(afterMs);
    const during = processesWithMarker(marker).length;
    assert.equal(lab.exitCode, null, `the lab was still running after ${afterMs} ms`);
    lab.kill(signal);
    await exited;
    // Parent-death signals are delivered at once, but the kernel needs a moment to reap.
    let left = processesWithMarker(marker);
    for (let i = 0; i < 40 && left.length > 0; i++) {
      await sleep(50);
      left = processesWithMarker(marker);
    }
    assert.ok(during >= 1, 'the lab was running when killed');
    // The namespaces, their veths and routes were held only by those processes' descriptors: gone with them.
    assert.deepEqual(left.map(commandOf), [], 'processes left behind');
    assert.deepEqual(hostState(), before, 'the host\'s interfaces, routes, firewall, sysctls and mounts are as they were');
  });
}
