// Scenario processes start with least privilege: as root they run as nobody, find helpers only in system directories,
// and say exactly which setting keeps user namespaces off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { LabResult } from '../../../src/lab/runner.js';
import { userNamespaceBlocker } from '../../../src/lab/sandbox/namespace.js';
import { RawSocket } from '../../../src/sys/raw-socket.js';
import { runInNetns } from '../../helpers/netns.js';

const run = promisify(execFile);
const PROBE = fileURLToPath(new URL('../../helpers/sandbox-probe.js', import.meta.url));
const BIN = fileURLToPath(new URL('../../../src/cli/bin.cjs', import.meta.url));
const asRoot = process.getuid?.() === 0;

test('as root, a scenario process cannot read a root-only file', { skip: asRoot ? false : 'only root can make a root-only file' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-root-only-'));
  try {
    chmodSync(dir, 0o755);
    const secret = join(dir, 'secret');
    writeFileSync(secret, 'root only\n', { mode: 0o600 });
    const inside = await runInNetns<{ problem: string | null; read: string; uid: number }>(PROBE, [secret]);
    assert.equal(inside.problem, null, 'it runs in its own namespaces');
    assert.equal(inside.uid, 0, 'root inside its user namespace');
    assert.equal(inside.read, 'EACCES', 'but nobody outside it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('as root, programs placed first on PATH are never run', { skip: asRoot ? false : 'PATH is only ignored as root', timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-fake-bin-'));
  try {
    chmodSync(dir, 0o755);
    const marker = join(dir, 'ran');
    for (const name of ['ip', 'ss', 'unshare', 'setpriv', 'nsenter', 'tcpdump', 'test', 'true', 'sh']) {
      writeFileSync(join(dir, name), `#!/bin/sh\necho ${name} >> ${marker}\nexit 1\n`, { mode: 0o755 });
    }
    // One routed scenario (ip), one that runs ss, one with the lab's own loopback.
    const { stdout } = await run(process.execPath, [BIN, 'lab', '--json', 'server-reboot', 'econnaborted-destroy', 'econnrefused'],
      { env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` }, maxBuffer: 64 << 20 });
    const result = JSON.parse(stdout) as LabResult;
    assert.deepEqual(result.runs.map((r) => `${r.id} ${r.verdict.status}`), ['server-reboot agrees', 'econnaborted-destroy agrees', 'econnrefused agrees']);
    // doctor runs ss to read the backlog of a listener with connections waiting: make one (loopback, never accepted).
    const listener = RawSocket.tcp();
    const client = RawSocket.tcp();
    try {
      assert.ok(listener.bind('127.0.0.1', 0).ok && listener.listen(4).ok);
      const address = listener.localAddress();
      assert.ok(address.ok);
      client.connect('127.0.0.1', address.value.port);
      assert.ok((await client.connected(3000)).ok);
      await run(process.execPath, [BIN, 'doctor', '--interval', '0', '--json'], { env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` }, maxBuffer: 64 << 20 });
    } finally {
      client.close();
      listener.close();
    }
    assert.equal(existsSync(marker), false, `a fake program ran: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('names the sysctl that switches user namespaces off, with its fix', () => {
  const cases = [
    ['/proc/sys/kernel/unprivileged_userns_clone', '0\n', /kernel\.unprivileged_userns_clone = 0.*sysctl -w kernel\.unprivileged_userns_clone=1/],
    ['/proc/sys/kernel/apparmor_restrict_unprivileged_userns', '1\n', /apparmor_restrict_unprivileged_userns = 1.*Ubuntu 24\.04.*sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/],
    ['/proc/sys/user/max_user_namespaces', '0\n', /user\.max_user_namespaces = 0.*sysctl -w user\.max_user_namespaces=/],
  ] as const;
  for (const [file, value, says] of cases) {
    assert.match(userNamespaceBlocker((f) => (f === file ? value : undefined)) ?? '', says);
  }
  const allowed: Readonly<Record<string, string>> = {
    '/proc/sys/kernel/unprivileged_userns_clone': '1\n',
    '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '0\n',
    '/proc/sys/user/max_user_namespaces': '15000\n',
  };
  assert.equal(userNamespaceBlocker((f) => allowed[f]), undefined);
});

/**
 * Runs `socklab lab --json` in a user namespace of its own whose user.max_user_namespaces is 0 (a limit of that
 * namespace only; the host's stays as it is), the closest honest stand-in for a host with user namespaces off.
 */
async function labWithoutUserNamespaces(): Promise<{ result: LabResult; stderr: string }> {
  const inner = `echo 0 > /proc/sys/user/max_user_namespaces && exec "${process.execPath}" "${BIN}" lab --json`;
  if (!asRoot) {
    const { stdout, stderr } = await run('/usr/bin/unshare', ['--user', '--map-root-user', '/bin/sh', '-c', inner], { maxBuffer: 64 << 20 }).catch((e: { stdout: string; stderr: string }) => e);
    return { result: JSON.parse(stdout) as LabResult, stderr };
  }
  // As root, map the first 65536 ids so socklab can still drop to nobody inside; the shell re-execs once mapped
  // (capabilities are only granted at exec to a process that is root by then).
  const child = execFile('/usr/bin/unshare', ['--user', '/bin/sh', '-c', `read mapped; exec /bin/sh -c '${inner}'`], { maxBuffer: 64 << 20 });
  const output = new Promise<{ stdout: string; stderr: string }>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: string) => (stdout += d));
    child.stderr!.on('data', (d: string) => (stderr += d));
    child.on('close', () => resolve({ stdout, stderr }));
  });
  // The map can be written only once unshare has created the namespace: wait until the child is in another one.
  const ours = readlinkSync('/proc/self/ns/user');
  while (readlinkSync(`/proc/${child.pid}/ns/user`) === ours) await new Promise((r) => setTimeout(r, 5));
  writeFileSync(`/proc/${child.pid}/uid_map`, '0 0 65536\n');
  writeFileSync(`/proc/${child.pid}/gid_map`, '0 0 65536\n');
  child.stdin!.end('go\n');
  const { stdout, stderr } = await output;
  return { result: JSON.parse(stdout) as LabResult, stderr };
}

test('without user namespaces the lab says which setting and how to fix it, and runs what needs none', { timeout: 60_000 }, async () => {
  const hostLimit = readFileSync('/proc/sys/user/max_user_namespaces', 'utf8');
  const { result, stderr } = await labWithoutUserNamespaces();
  assert.equal(stderr, '');
  assert.equal(result.namespaces.available, false);
  assert.match(result.namespaces.reason ?? '', /user\.max_user_namespaces = 0.*Fix: sudo sysctl -w user\.max_user_namespaces=15000/);
  for (const run of result.runs) {
    if (run.needs.length === 0) {
      assert.equal(run.verdict.status, 'agrees', `${run.id} needs no namespace and still runs`);
      assert.equal(run.isolated, false);
    } else {
      assert.equal(run.status, 'not-run', run.id);
      assert.equal(run.reason, result.namespaces.reason);
    }
  }
  assert.ok(result.runs.some((r) => r.needs.length === 0));
  assert.equal(readFileSync('/proc/sys/user/max_user_namespaces', 'utf8'), hostLimit, 'the host\'s limit is untouched');
});
