// Scenario: a router answers the SYN with ICMP net-unreachable, so connect() fails with ENETUNREACH.
import { connectThroughRouter } from '../kit/connect-through-router.js';
import { defineScenario } from '../scenario.js';

/** connect() answered by ICMP net-unreachable: a hard error in SYN_SENT aborts the connect at once. */
export const enetunreachConnect = defineScenario({
  id: 'enetunreach-connect',
  title: 'connect() answered by ICMP net unreachable',
  articleSays: 'A router on the path has no route to the destination network and says so with ICMP; during connect this is a hard error, and connect() fails with ENETUNREACH without waiting for retransmissions.',
  predicts: [{ endpoint: 'client', call: 'connect', result: 'ENETUNREACH' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'one round trip to the router (no retransmissions: tcp_v4_err aborts the SYN_SENT socket on the first ICMP)',
  needs: ['router'],
  async run(ctx) {
    const { router } = ctx.sandbox;
    ctx.timeline.note(`the client sends ${router.unroutedHost} to its router (${router.address}), which has no route to that network: it answers with ICMP net unreachable`);
    await connectThroughRouter(ctx, router.unroutedHost);
  },
});
