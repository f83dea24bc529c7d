// Scenario: the SYN is never answered (the host is down or a firewall drops it), so connect() times out.
import { rawClient, rawListener } from '../kit/raw-pair.js';
import { trackRetransmits } from '../kit/track-retransmits.js';
import { defineScenario } from '../scenario.js';

const SYN_RETRIES = 1;

/** connect() to a silent host: SYN retransmissions, then ETIMEDOUT. */
export const etimedoutConnect = defineScenario({
  id: 'etimedout-connect',
  title: 'connect() to a host that never answers the SYN',
  articleSays: 'No SYN-ACK and no ICMP come back: the client retransmits its SYN with backoff and connect() finally fails with ETIMEDOUT.',
  predicts: [{ endpoint: 'client', call: 'connect', result: 'ETIMEDOUT' }],
  defaultsMs: 131_000,
  withDefaults: 'about 131 s where net.ipv4.tcp_syn_linear_timeouts exists (default 4; this 6.18 kernel has it): 11 SYNs at 0,1,2,3,4,5,7,11,19,35,67 s, measured here as ETIMEDOUT after 134.8 s on a loaded machine; about 127 s on kernels without it (SYNs at 0,1,3,7,15,31,63 s)',
  needs: ['router'],
  labMs: 3_100,
  async run({ timeline, sandbox }) {
    const { listener, port } = rawListener(sandbox);
    await sandbox.sysctl('net.ipv4.tcp_syn_retries', SYN_RETRIES);
    sandbox.crashServer();
    timeline.note(`tcp_syn_retries=${SYN_RETRIES}; the host is down: the router (${sandbox.router.address}) silently drops every packet to ${sandbox.hosts.server} (a blackhole route), no ICMP`);
    const client = rawClient(sandbox);
    const started = performance.now();
    const pending = client.connect(sandbox.hosts.server, port);
    timeline.call('client', 'connect', pending.ok ? 'ok' : pending.code, 'non-blocking: the SYN is sent');
    const stop = trackRetransmits(timeline, 'client', client);
    // Bounded: the kernel gives up after about 3 s with these settings; 15 s leaves room for a loaded machine.
    const result = await client.connected(15_000);
    stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    timeline.call('client', 'connect', result.ok ? 'ok' : 'timedOut' in result ? 'no-error' : result.code, `SO_ERROR after ${seconds} s`);
    timeline.note('the time bound, not the count, ended it: tcp_write_timeout allows tcp_syn_retries + tcp_syn_linear_timeouts retransmissions, but retransmits_timed_out stops at (2^(retries+1) - 1) x 1 s = 3 s');
    client.close();
    listener.close();
  },
});
