// Scenario: a router answers the SYN with ICMP host-unreachable, so connect() fails with EHOSTUNREACH.
import { connectThroughRejectingRouter } from '../kit/rejecting-router.js';
import { defineScenario } from '../scenario.js';

/** connect() answered by ICMP host-unreachable: a hard error in SYN_SENT aborts the connect at once. */
export const ehostunreachConnect = defineScenario({
  id: 'ehostunreach-connect',
  title: 'connect() answered by ICMP host unreachable',
  articleSays: 'A router on the path knows the destination host is unreachable and says so with ICMP; during connect this is a hard error, and connect() fails with EHOSTUNREACH without waiting for retransmissions.',
  predicts: [{ endpoint: 'client', call: 'connect', result: 'EHOSTUNREACH' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'one round trip to the router (no retransmissions: tcp_v4_err aborts the SYN_SENT socket on the first ICMP)',
  needs: ['netns', 'iptables'],
  run: (ctx) => connectThroughRejectingRouter(ctx, 'host-unreachable'),
});
