// Scenario: a router answers the SYN with ICMP net-unreachable, so connect() fails with ENETUNREACH.
import { connectThroughRejectingRouter } from '../kit/rejecting-router.js';
import { defineScenario } from '../scenario.js';

/** connect() answered by ICMP net-unreachable: a hard error in SYN_SENT aborts the connect at once. */
export const enetunreachConnect = defineScenario({
  id: 'enetunreach-connect',
  title: 'connect() answered by ICMP net unreachable',
  articleSays: 'A router on the path has no route to the destination network and says so with ICMP; during connect this is a hard error, and connect() fails with ENETUNREACH without waiting for retransmissions.',
  predicts: [{ endpoint: 'client', call: 'connect', result: 'ENETUNREACH' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'one round trip to the router (no retransmissions: tcp_v4_err aborts the SYN_SENT socket on the first ICMP)',
  needs: ['netns', 'iptables'],
  run: (ctx) => connectThroughRejectingRouter(ctx, 'net-unreachable'),
});
