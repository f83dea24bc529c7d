// Scenario: the peer aborts an established connection, by closing with unread data or with SO_LINGER {1, 0}.
import { readFile } from 'node:fs/promises';
import { defineScenario, type Sandbox } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { sleep } from '../kit/sleep.js';
import { trackState } from '../kit/track-state.js';

/** Two aborts in one timeline: close() with unread data, then close() with SO_LINGER 0; both give the client ECONNRESET. */
export const peerAbort = defineScenario({
  id: 'peer-abort',
  title: 'the peer closes with unread data, or with SO_LINGER 0',
  articleSays: 'A close() that cannot be graceful aborts the connection: when unread data sits in the receive buffer (RFC 2525) or SO_LINGER is {1, 0}, the kernel sends RST instead of FIN, and the other side\'s read fails with ECONNRESET.',
  predicts: [{ endpoint: 'client', call: 'read', result: 'ECONNRESET' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: the RST is sent by close()',
  needs: [],
  async run({ timeline, sandbox, signal }) {
    timeline.note('variant 1: the server closes without reading the request');
    const first = await rawPair(timeline, sandbox);
    const stop1 = trackState(timeline, 'client', first.client);
    record(timeline, 'client', 'write', first.client.write('a request the server never reads'));
    await sleep(20, signal);
    const before = await abortCounters(sandbox);
    record(timeline, 'server', 'close', first.server.close(), 'unread data in the receive buffer: RST, not FIN');
    record(timeline, 'client', 'read', await first.client.readWait(3000), 'variant 1: unread data');
    record(timeline, 'client', 'read', first.client.read(), 'the error is reported once; then EOF');
    stop1();
    noteCounters(timeline, before, await abortCounters(sandbox));
    first.client.close();
    first.listener.close();

    timeline.note('variant 2: the server closes an idle connection with SO_LINGER {1, 0}');
    const second = await rawPair(timeline, sandbox);
    const stop2 = trackState(timeline, 'client', second.client);
    const blockedRead = second.client.readWait(3000);
    const before2 = await abortCounters(sandbox);
    record(timeline, 'server', 'close (SO_LINGER 0)', second.server.closeWithReset(), 'RST while ESTABLISHED');
    record(timeline, 'client', 'read', await blockedRead, 'variant 2: SO_LINGER 0');
    stop2();
    noteCounters(timeline, before2, await abortCounters(sandbox));
    second.client.close();
    second.listener.close();
  },
});

type Counters = Readonly<Record<string, number>> | undefined;

/** TcpExt abort counters of this namespace; only read when isolated, since the host's counters are shared. */
async function abortCounters(sandbox: Sandbox): Promise<Counters> {
  if (!sandbox.isolated) return undefined;
  const lines = (await readFile('/proc/net/netstat', 'utf8')).split('\n').filter((l) => l.startsWith('TcpExt:'));
  const names = lines[0]?.split(/\s+/) ?? [];
  const values = lines[1]?.split(/\s+/) ?? [];
  const wanted = ['TCPAbortOnClose', 'TCPAbortOnData'];
  return Object.fromEntries(wanted.map((name) => [name, Number(values[names.indexOf(name)] ?? Number.NaN)]));
}

function noteCounters(timeline: Timeline, before: Counters, after: Counters): void {
  if (before === undefined || after === undefined) return;
  const changed = Object.keys(after).filter((k) => after[k] !== before[k]).map((k) => `${k} +${(after[k] ?? 0) - (before[k] ?? 0)}`);
  timeline.note(`namespace counters (/proc/net/netstat): ${changed.join(', ') || 'no abort counter changed'}`);
}
