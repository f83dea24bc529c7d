// A port that cannot be listened on (taken, or below 1024 for a user): every server socklab starts says so and what to
// do, with exit 2 (doctor --serve was exit 70, "a bug in socklab"; proxy was 1, which means "a negative answer").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { main } from '../../src/cli/main.js';
import { listenFailureReason, listenFailureText } from '../../src/shared/listen-advice.js';
import { memoryIo } from '../helpers/memory-io.js';
import { AS_NOBODY, runtimeForNobody } from '../helpers/nobody-runtime.js';
import { startServer } from '../../src/proxy/server.js';

test('a taken port: doctor --serve and proxy exit 2, naming the port, how to find its owner and the fix', async (t) => {
  const taken = createServer().listen(0, '127.0.0.1');
  await once(taken, 'listening');
  t.after(() => taken.close());
  const { port } = taken.address() as AddressInfo;
  const advice = `another socket already listens on port ${port} (\`ss -ltnp 'sport = :${port}'\` shows which process): stop it or pick another port`;

  const doctor = memoryIo();
  assert.equal(await main(['doctor', '--serve', String(port)], doctor), 2);
  assert.equal(doctor.err(), `socklab: Cannot serve metrics on 127.0.0.1:${port}: listen EADDRINUSE: address already in use 127.0.0.1:${port}; ${advice}\n`);

  const json = memoryIo();
  assert.equal(await main(['doctor', '--serve', `127.0.0.1:${port}`, '--json'], json), 2);
  assert.deepEqual(JSON.parse(json.out()), { error: { code: 'SOCKLAB_DOCTOR_SERVE_FAILED', message: doctor.err().slice('socklab: '.length, -1), exitCode: 2 } });

  const proxy = memoryIo();
  assert.equal(await main(['proxy', '--port', String(port)], proxy), 2);
  assert.match(proxy.err(), new RegExp(`^socklab: listen tcp 127\\.0\\.0\\.1:${port}: listen EADDRINUSE: .*; ${advice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
});

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a taken port for a proxy of --config, or one created with `toxic create`: exit 2, the port and the fix', async (t) => {
  const taken = createServer().listen(0, '127.0.0.1');
  await once(taken, 'listening');
  const dir = mkdtempSync(join(tmpdir(), 'socklab-listen-'));
  const api = await startServer({ port: 0 });
  t.after(async () => {
    taken.close();
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  });
  const { port } = taken.address() as AddressInfo;
  const advice = escaped(`another socket already listens on port ${port} (\`ss -ltnp 'sport = :${port}'\` shows which process): stop it or pick another port`);
  const file = join(dir, 'proxies.json');
  writeFileSync(file, JSON.stringify([{ name: 'redis', listen: `127.0.0.1:${port}`, upstream: '127.0.0.1:6379' }]));
  const config = memoryIo();
  assert.equal(await main(['proxy', '--port', '0', '--config', file], config), 2);
  assert.match(config.err(), new RegExp(`^socklab: listen tcp 127\\.0\\.0\\.1:${port}: listen EADDRINUSE: .*; ${advice} \\(in ${escaped(file)}\\)\\n$`));
  const create = memoryIo();
  assert.equal(await main(['toxic', 'create', 'redis', '-l', `127.0.0.1:${port}`, '-u', '127.0.0.1:6379', '--server', api.url], create), 2);
  assert.match(create.err(), new RegExp(`^socklab: listen tcp 127\\.0\\.0\\.1:${port}: bind: address already in use; ${advice}\\n$`));
});

const lowPortsNeedRoot = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8')) > 1023;
test('as nobody, port 1023 for proxy --port, a --config proxy and doctor --serve: EACCES, the fix, exit 2', {
  skip: process.getuid?.() !== 0 ? 'needs root to switch to nobody' : !lowPortsNeedRoot && 'net.ipv4.ip_unprivileged_port_start lets users bind port 1023 here',
}, (t) => {
  const runtime = runtimeForNobody();
  const dir = mkdtempSync(join(tmpdir(), 'socklab-listen-'));
  t.after(() => {
    runtime.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  execFileSync('chmod', ['755', dir]);
  const file = join(dir, 'low.json');
  writeFileSync(file, JSON.stringify([{ name: 'low', listen: '127.0.0.1:1023', upstream: '127.0.0.1:1' }]), { mode: 0o644 });
  const bin = join(runtime.root, 'dist/src/cli/bin.cjs');
  const fix = 'listen EACCES: permission denied 127.0.0.1:1023; ports below 1024 need root or CAP_NET_BIND_SERVICE: pick a port from 1024 up';
  const runs: readonly [readonly string[], string][] = [
    [['proxy', '--port', '1023'], `listen tcp 127.0.0.1:1023: ${fix}`],
    [['proxy', '--port', '0', '--config', file], `listen tcp 127.0.0.1:1023: ${fix} (in ${file})`],
    [['doctor', '--serve', '1023'], `Cannot serve metrics on 127.0.0.1:1023: ${fix}`],
  ];
  for (const [argv, message] of runs) {
    const r = spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, bin, ...argv], { encoding: 'utf8', timeout: 20_000, cwd: '/' });
    assert.equal(r.status, 2, `${argv.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr, `socklab: ${message}\n`);
  }
});

test('listenFailureText adds the fix to a listen failure a server reported in words', () => {
  assert.equal(listenFailureText('bind: permission denied', 80), 'bind: permission denied; ports below 1024 need root or CAP_NET_BIND_SERVICE: pick a port from 1024 up');
  assert.equal(listenFailureText('something new', 9000), 'something new');
});

test('a listen address that does not resolve gets the fix too', () => {
  // The error listen() gives for `--host 999.1.1.1`, built here: a real lookup would ask the host's DNS server.
  const error = Object.assign(new Error('getaddrinfo ENOTFOUND 999.1.1.1'), { code: 'ENOTFOUND', syscall: 'getaddrinfo' });
  assert.equal(listenFailureReason(error, 0), 'getaddrinfo ENOTFOUND 999.1.1.1; that is neither an address nor a name that resolves: use 127.0.0.1, or an address `ip -brief address` lists');
});
