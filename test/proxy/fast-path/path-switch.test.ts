// Tests the fast path inside the proxy: live connections move between the splice relay and Node while bytes flow
// (checksums both ways), toxics are in force when added, half-close, RST passthrough, counters, and the fallback.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createProxy, type InProcessProxy, type ToxicSpec } from '../../../src/index.js';
import type { ProxyEvent } from '../../../src/proxy/events.js';
import { dial, payload, readAll, sha256, upstream, waitFor, type Upstream } from '../../helpers/proxy-fixtures.js';

/** The only connection of `proxy`, once the splice relay carries it. */
async function onRelay(proxy: InProcessProxy): Promise<void> {
  await waitFor(() => proxy.connections()[0]?.path === 'splice', 5000, 'the splice relay to take the connection');
}

/** Write random 64 KiB pieces (about one per millisecond, honouring backpressure) while `more()`, then end; the sha256 of all. */
async function writeWhile(s: Socket, more: () => boolean): Promise<string> {
  const hash = createHash('sha256');
  while (more()) {
    const piece = payload(64 * 1024);
    hash.update(piece);
    if (!s.write(piece)) await once(s, 'drain');
    else await new Promise((r) => setTimeout(r, 1));
  }
  s.end();
  return hash.digest('hex');
}

test('live connections move between the relay and Node while bytes flow each way; both checksums hold', { timeout: 120_000 }, async () => {
  const ROUNDS = 12;
  let switching = true;
  let uploaded: Promise<Buffer> = Promise.resolve(Buffer.alloc(0));
  let sentToClient: Promise<string> = Promise.resolve('');
  const up = await upstream((s) => {
    uploaded = readAll(s, 60_000).then((r) => r.data);
    sentToClient = writeWhile(s, () => switching);
  });
  const proxy = await createProxy({ upstream: up.address, seed: 5 });
  try {
    const s = await dial(proxy.port);
    const downloaded = readAll(s, 60_000); // reading from the start: a link moves to the relay once Node's buffers drain
    await onRelay(proxy);
    const sentToServer = writeWhile(s, () => switching);
    const toxics: ToxicSpec[] = [
      { type: 'latency', stream: 'upstream', attributes: { latency: 1 } },
      { type: 'slicer', attributes: { average_size: 4096, size_variation: 1000, delay: 0 } },
      { type: 'bandwidth', stream: 'upstream', attributes: { rate: 200_000 } },
      { type: 'noop' },
    ];
    for (let i = 0; i < ROUNDS; i++) {
      const t = await proxy.addToxic({ ...toxics[i % toxics.length]!, name: `t${i}` });
      assert.equal(proxy.connections()[0]?.path, 'node', 'a toxic is in force once addToxic resolves');
      await new Promise((r) => setTimeout(r, 5 + (i % 4) * 10));
      await proxy.removeToxic(t.name);
      // Every third round the relay takes the link back (after its quiet time); the others add a toxic at once.
      if (i % 3 === 2) await onRelay(proxy);
      else await new Promise((r) => setTimeout(r, 20));
    }
    switching = false;
    const got = await downloaded;
    assert.equal(got.error, undefined);
    assert.equal(sha256(got.data), await sentToClient, 'server -> client intact');
    assert.equal(sha256(await uploaded), await sentToServer, 'client -> server intact');
    assert.ok(got.data.length > 4 << 20, `${got.data.length} bytes to the client during ${ROUNDS} switches`);
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('a toxic added while the relay holds the connection is in force when addToxic resolves', async () => {
  const up = await upstream((s) => s.pipe(s));
  const proxy = await createProxy({ upstream: up.address });
  try {
    const s = await dial(proxy.port);
    await onRelay(proxy);
    const roundTrip = async (): Promise<number> => {
      const t = performance.now();
      s.write('x');
      await once(s, 'data');
      return performance.now() - t;
    };
    await roundTrip();
    await proxy.withToxic({ type: 'latency', attributes: { latency: 200 } }, async () => {
      assert.ok((await roundTrip()) >= 190);
    });
    await onRelay(proxy);
    assert.ok((await roundTrip()) < 150);
    s.destroy();
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('half-close on the relay: the client ends, the server answers 1 MiB after reading the end', async () => {
  const answer = payload(1 << 20);
  const up = await upstream((s) => {
    s.resume();
    s.once('end', () => s.end(answer));
  });
  const proxy = await createProxy({ upstream: up.address });
  try {
    const s = await dial(proxy.port);
    await onRelay(proxy);
    const reading = readAll(s, 10_000);
    s.end('question');
    const got = await reading;
    assert.equal(got.error, undefined);
    assert.equal(sha256(got.data), sha256(answer));
    await waitFor(() => proxy.connections().length === 0, 5000, 'the link to close');
    assert.equal(proxy.snapshot().bytes.downstream, answer.length);
  } finally {
    await proxy.close();
    await up.close();
  }
});

for (const from of ['server', 'client'] as const) {
  test(`a RST from the ${from} reaches the ${from === 'server' ? 'client' : 'server'} as ECONNRESET on the relay`, async () => {
    const peers: Socket[] = [];
    const up: Upstream = await upstream((s) => peers.push(s));
    const proxy = await createProxy({ upstream: up.address });
    try {
      const s = await dial(proxy.port);
      await onRelay(proxy);
      const [resetter, victim] = from === 'server' ? [peers[0]!, s] : [s, peers[0]!];
      const failed = new Promise<NodeJS.ErrnoException>((resolve) => victim.once('error', resolve));
      victim.resume();
      resetter.on('error', () => undefined).resetAndDestroy();
      assert.equal((await failed).code, 'ECONNRESET');
    } finally {
      await proxy.close();
      await up.close();
    }
  });
}

test('/connections and the snapshot count bytes the relay moved while the connection is open', async () => {
  const up = await upstream((s) => s.pipe(s));
  const proxy = await createProxy({ upstream: up.address });
  try {
    const s = await dial(proxy.port);
    await onRelay(proxy);
    let echoed = 0;
    s.on('data', (b: Buffer) => (echoed += b.length));
    s.write(payload(1 << 20));
    await waitFor(() => echoed === 1 << 20);
    const [c] = proxy.connections();
    assert.deepEqual([c!.path, c!.bytes_upstream, c!.bytes_downstream], ['splice', 1 << 20, 1 << 20]);
    assert.deepEqual(proxy.snapshot().bytes, { upstream: 1 << 20, downstream: 1 << 20 });
    s.destroy();
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('idle connections on the relay cost their two sockets\' descriptors, no more; closing the proxy closes them', async () => {
  const N = 50;
  const up = await upstream(() => undefined);
  const proxy = await createProxy({ upstream: up.address });
  const openFds = (): number => readdirSync('/proc/self/fd').length;
  try {
    const before = openFds();
    const clients = await Promise.all(Array.from({ length: N }, () => dial(proxy.port)));
    await waitFor(() => proxy.connections().filter((c) => c.path === 'splice').length === N, 10_000, 'the relay to take every connection');
    // Per connection: the test's client, the proxy's two sockets, the upstream's socket (all in this process);
    // the slack is the relay's pool of empty pipes. Duplicates for the relay would add 2 more per connection.
    const added = openFds() - before;
    assert.ok(added <= N * 4 + 16, `${added} descriptors for ${N} connections`);
    const ended = clients.map((c) => readAll(c, 5000));
    await proxy.close();
    for (const r of await Promise.all(ended)) assert.equal(r.error, undefined, 'each client sees the FIN of a proxy that stops');
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('a proxy closed while the relay moves its bytes ends every connection; new connections of another proxy meanwhile stay intact', { timeout: 60_000 }, async () => {
  const piece = payload(64 * 1024);
  const flowing = await upstream((s) => {
    const pump = (): void => {
      while (!s.destroyed && s.write(piece));
    };
    s.on('drain', pump);
    pump();
  });
  const echo = await upstream((s) => s.pipe(s));
  const closing = await createProxy({ upstream: flowing.address });
  const other = await createProxy({ upstream: echo.address });
  try {
    const busy = await Promise.all(Array.from({ length: 4 }, () => dial(closing.port)));
    const ended = busy.map((c) => readAll(c, 20_000));
    await waitFor(() => closing.connections().filter((c) => c.path === 'splice').length === 4, 10_000, 'the relay to take every connection');
    await waitFor(() => closing.snapshot().bytes.downstream > 4 << 20, 10_000, 'bytes to flow');
    const closed = closing.close(); // its sockets close once the relay has let go of them
    const checks = Array.from({ length: 20 }, async () => {
      const s = await dial(other.port);
      const data = payload(256 * 1024);
      const reading = readAll(s, 20_000);
      s.write(data);
      await waitFor(() => s.bytesRead >= data.length, 20_000, 'the echo');
      s.end();
      assert.equal(sha256((await reading).data), sha256(data));
    });
    await Promise.all([closed, ...checks]);
    for (const r of await Promise.all(ended)) assert.notEqual(r.error?.code, 'TEST_DEADLINE', 'every client of the closed proxy sees its connection end');
  } finally {
    await closing.close();
    await other.close();
    await flowing.close();
    await echo.close();
  }
});

test('fastPath: false keeps every connection on Node, without a notice', async () => {
  const up = await upstream((s) => s.pipe(s));
  const events: ProxyEvent[] = [];
  const proxy = await createProxy({ upstream: up.address, fastPath: false, onEvent: (e) => events.push(e) });
  try {
    const s = await dial(proxy.port);
    s.write('x');
    await once(s, 'data');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(proxy.connections()[0]?.path, 'node');
    assert.deepEqual(events.filter((e) => e.kind === 'notice'), []);
    s.destroy();
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('where the fast path is off (SOCKLAB_FAST_PATH=off), socklab proxy relays through Node and says so once', async () => {
  const up = await upstream((s) => s.pipe(s));
  const dir = mkdtempSync(join(tmpdir(), 'socklab-fast-path-'));
  const config = join(dir, 'proxies.json');
  writeFileSync(config, JSON.stringify([{ name: 'p', listen: '127.0.0.1:0', upstream: up.address }]));
  const bin = new URL('../../../src/cli/bin.cjs', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'proxy', '--port', '0', '--config', config, '--quiet'], {
    env: { ...process.env, SOCKLAB_FAST_PATH: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  try {
    await waitFor(() => /listening on (\S+)/.test(out), 10_000, 'the API to listen');
    const api = /listening on (\S+)/.exec(out)![1]!;
    const listen = ((await (await fetch(`${api}/proxies/p`)).json()) as { listen: string }).listen;
    for (let i = 0; i < 3; i++) {
      const s = await dial(Number(listen.split(':').pop()));
      s.write('ping');
      assert.equal(String((await once(s, 'data'))[0]), 'ping');
      s.destroy();
    }
    await waitFor(() => /note/.test(out), 5000, 'the notice');
    const notes = out.split('\n').filter((l) => l.includes('note'));
    assert.equal(notes.length, 1, out);
    assert.match(notes[0]!, /p: splice fast path off \(turned off by SOCKLAB_FAST_PATH=off\): connections are relayed by Node/);
  } finally {
    child.kill('SIGINT');
    await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
    await up.close();
  }
});
