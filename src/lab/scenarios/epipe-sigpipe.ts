// Scenario: writing after the peer's RST: EPIPE with MSG_NOSIGNAL, death by SIGPIPE without it, and Node's EPIPE error.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { defineScenario, type Sandbox } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import type { RawSocket } from '../../sys/raw-socket.js';
import { errorCode } from '../kit/node-net.js';
import { record } from '../kit/record.js';
import { rawListener, rawPair } from '../kit/raw-pair.js';
import { sleep } from '../kit/sleep.js';
import { waitForState } from '../kit/wait-for-state.js';

const RAW_SOCKET = new URL('../../sys/raw-socket.js', import.meta.url).href;
const SIGNALS = new URL('../../sys/process-signals.js', import.meta.url).href;

/** Writes to a reset connection: the first reports the RST, the next EPIPE, or SIGPIPE for a process that does not ignore it. */
export const epipeSigpipe = defineScenario({
  id: 'epipe-sigpipe',
  title: 'write after the peer reset the connection',
  articleSays: 'Writing to a socket that has received RST raises SIGPIPE, whose default action kills the process; a process that ignores it, or passes MSG_NOSIGNAL, gets EPIPE instead (Stevens UNP 5.13). Node ignores SIGPIPE, so it sees `Error: write EPIPE`.',
  predicts: [
    { endpoint: 'client', call: 'write', result: 'EPIPE' },
    { endpoint: 'client', call: 'write (child, SIG_DFL)', result: 'SIGPIPE' },
    { endpoint: 'client', call: 'socket.write (Node)', result: 'EPIPE' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate',
  needs: [],
  async run({ timeline, sandbox, signal }) {
    const { listener, client, server } = await rawPair(timeline, sandbox);
    record(timeline, 'server', 'close (SO_LINGER 0)', server.closeWithReset(), 'RST while ESTABLISHED');
    if (!(await waitForState(client, 'CLOSE', 3000, signal))) timeline.note('no RST reached the client within 3 s');
    record(timeline, 'client', 'write', client.write('one'), 'MSG_NOSIGNAL; the pending RST is reported first (sk_stream_error)');
    record(timeline, 'client', 'write', client.write('two'), 'MSG_NOSIGNAL: EPIPE, no signal');
    await childWrites(timeline, client);
    client.close();
    listener.close();
    await nodeWriteAfterReset(timeline, sandbox, signal);
  },
});

/** A Node child with SIGPIPE back at SIG_DFL writes to the same socket (inherited as fd 3) without MSG_NOSIGNAL. */
async function childWrites(timeline: Timeline, socket: RawSocket): Promise<void> {
  const script = `
    const { RawSocket } = await import(${JSON.stringify(RAW_SOCKET)});
    const { restoreDefaultSigpipe, dieWithParent } = await import(${JSON.stringify(SIGNALS)});
    dieWithParent();
    restoreDefaultSigpipe();
    const r = RawSocket.fromFd(3).write('three', { noSignal: false });
    console.log(r.ok ? 'ok' : r.code);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe', socket.fd] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  // Bounded, with room for a Node start-up on a loaded machine.
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code, sig] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  const detail = sig === null ? `child exited ${code}, printed ${out.trim() || 'nothing'}` : `child pid ${child.pid} killed by ${sig}`;
  timeline.call('client', 'write (child, SIG_DFL)', sig ?? (out.trim() || `exit ${code}`), detail);
}

/** A Node client that has not read the FIN writes twice; the RST answers the first, the second fails with EPIPE. */
async function nodeWriteAfterReset(timeline: Timeline, sandbox: Sandbox, signal: AbortSignal): Promise<void> {
  const { hosts } = sandbox;
  const { listener, port } = rawListener(sandbox);
  // Paused before connecting, so Node does not read the FIN and end the socket itself.
  const socket = new net.Socket();
  socket.pause();
  const failed = new Promise<Error>((resolve) => socket.once('error', resolve));
  socket.connect({ host: hosts.server, port, localAddress: hosts.client });
  const timer = setTimeout(() => socket.destroy(), 3000);
  await Promise.race([once(socket, 'connect'), failed]);
  const accepted = listener.accept();
  if (accepted.ok) accepted.value.close();
  await sleep(30, signal);
  socket.write('first write: data after the FIN, answered by RST');
  await sleep(30, signal);
  socket.write('second write');
  const error = await Promise.race([failed, sleep(2000, signal).then(() => undefined)]);
  clearTimeout(timer);
  timeline.call('client', 'socket.write (Node)', error === undefined ? 'no-error' : errorCode(error), error === undefined ? 'no error event in 2 s' : `Node: Error: ${error.message}`);
  socket.destroy();
  listener.close();
}
