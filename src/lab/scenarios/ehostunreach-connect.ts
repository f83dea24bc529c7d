// Scenario: a router answers the SYN with ICMP host-unreachable, so connect() fails with EHOSTUNREACH.
import { rawClient } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';

/** connect() answered by ICMP host-unreachable: a hard error in SYN_SENT aborts the connect at once. */
export const ehostunreachConnect = defineScenario({
  id: 'ehostunreach-connect',
  title: 'connect() answered by ICMP host unreachable',
  articleSays: 'A router on the path knows the destination host is unreachable and says so with ICMP; during connect this is a hard error, and connect() fails with EHOSTUNREACH without waiting for retransmissions.',
  predicts: [{ endpoint: 'client', call: 'connect', result: 'EHOSTUNREACH' }],
  withDefaults: 'one round trip to the router (no retransmissions: tcp_v4_err aborts the SYN_SENT socket on the first ICMP)',
  needs: ['netns', 'iptables'],
  async run({ timeline, sandbox }) {
    const target = sandbox.hosts.unreachable;
    // INPUT, not OUTPUT: the SYN really leaves the client and the "router" answers, as on a real path.
    await sandbox.iptables('-I', 'INPUT', '-d', target, '-p', 'tcp', '-j', 'REJECT', '--reject-with', 'icmp-host-unreachable');
    timeline.note(`a router answers every TCP packet to ${target} with ICMP host-unreachable`);
    const client = rawClient(sandbox.hosts.client);
    const started = performance.now();
    const pending = client.connect(target, 80);
    timeline.call('client', 'connect', pending.ok ? 'ok' : pending.code, 'non-blocking: the SYN is sent');
    const result = await client.connected(10_000);
    const ms = (performance.now() - started).toFixed(1);
    timeline.call('client', 'connect', result.ok ? 'ok' : 'timedOut' in result ? 'no-error' : result.code, `SO_ERROR after ${ms} ms`);
    client.close();
  },
});
