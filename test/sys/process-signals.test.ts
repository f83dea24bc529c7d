// Tests restoreDefaultSigpipe in a real child process: a write to a reset peer without MSG_NOSIGNAL kills it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const rawSocket = new URL('../../src/sys/raw-socket.js', import.meta.url).href;
const signals = new URL('../../src/sys/process-signals.js', import.meta.url).href;

function child(restore: boolean): string {
  return `
    const { RawSocket } = await import(${JSON.stringify(rawSocket)});
    const { restoreDefaultSigpipe, dieWithParent } = await import(${JSON.stringify(signals)});
    dieWithParent();
    if (${restore}) restoreDefaultSigpipe();
    const server = RawSocket.tcp(); server.bind('127.0.0.1', 0); server.listen(1);
    const client = RawSocket.tcp(); client.connect('127.0.0.1', server.localAddress().value.port);
    await client.connected(2000); await server.readable(2000);
    const peer = server.accept().value;
    peer.closeWithReset();
    await client.readable(2000);
    client.write('x', { noSignal: false });
    const r = client.write('x', { noSignal: false });
    console.log(r.ok ? 'ok' : r.code);
  `;
}

async function run(restore: boolean): Promise<{ code: number | null; signal: string | null; out: string }> {
  const proc = spawn(process.execPath, ['--input-type=module', '-e', child(restore)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const [code, signal] = (await once(proc, 'exit')) as [number | null, string | null];
  return { code, signal, out: out.trim() };
}

test('with SIGPIPE restored to SIG_DFL the child dies by SIGPIPE', async () => {
  const r = await run(true);
  assert.equal(r.signal, 'SIGPIPE');
  assert.equal(r.out, '');
});

test('with Node\'s default SIG_IGN the same write reports EPIPE', async () => {
  const r = await run(false);
  assert.equal(r.code, 0);
  assert.equal(r.out, 'EPIPE');
});

