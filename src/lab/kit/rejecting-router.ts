// A "router" that answers every TCP packet to the unreachable host with an ICMP error, and a connect() through it.
import type { ScenarioContext } from '../scenario.js';
import { rawClient } from './raw-pair.js';

/** The ICMP destination-unreachable codes iptables REJECT can answer with. */
export type UnreachableCode = 'host-unreachable' | 'net-unreachable';

/** Makes the router answer with ICMP `code`, then records a non-blocking connect() and its outcome (SO_ERROR). */
export async function connectThroughRejectingRouter({ timeline, sandbox }: ScenarioContext, code: UnreachableCode): Promise<void> {
  const target = sandbox.hosts.unreachable;
  // INPUT, not OUTPUT: the SYN really leaves the client and the "router" answers, as on a real path.
  await sandbox.iptables('-I', 'INPUT', '-d', target, '-p', 'tcp', '-j', 'REJECT', '--reject-with', `icmp-${code}`);
  timeline.note(`a router answers every TCP packet to ${target} with ICMP ${code}`);
  const client = rawClient(sandbox.hosts.client);
  const started = performance.now();
  const pending = client.connect(target, 80);
  timeline.call('client', 'connect', pending.ok ? 'ok' : pending.code, 'non-blocking: the SYN is sent');
  const result = await client.connected(10_000);
  const ms = (performance.now() - started).toFixed(1);
  timeline.call('client', 'connect', result.ok ? 'ok' : 'timedOut' in result ? 'no-error' : result.code, `SO_ERROR after ${ms} ms`);
  client.close();
}
