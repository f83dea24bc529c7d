// Scenario: a router answers the SYN with ICMP host-unreachable, so connect() fails with EHOSTUNREACH.
import { connectThroughRouter } from '../kit/connect-through-router.js';
import { defineScenario } from '../scenario.js';

const PROHIBITED = 'connect (admin prohibited)';

/** connect() answered by ICMP host-unreachable: a hard error in SYN_SENT aborts the connect at once. */
export const ehostunreachConnect = defineScenario({
  id: 'ehostunreach-connect',
  title: 'connect() answered by ICMP host unreachable',
  articleSays: 'A router on the path knows the destination host is unreachable and says so with ICMP; during connect this is a hard error, and connect() fails with EHOSTUNREACH without waiting for retransmissions.',
  predicts: [
    { endpoint: 'client', call: 'connect', result: 'EHOSTUNREACH' },
    { endpoint: 'client', call: PROHIBITED, result: 'EHOSTUNREACH' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'one round trip to the router (no retransmissions: tcp_v4_err aborts the SYN_SENT socket on the first ICMP)',
  needs: ['router'],
  async run(ctx) {
    const { router } = ctx.sandbox;
    ctx.timeline.note(`the router (${router.address}) has an \`unreachable\` route for ${router.goneHost}: it answers with ICMP host unreachable`);
    await connectThroughRouter(ctx, router.goneHost);
    ctx.timeline.note(`and a \`prohibit\` route for ${router.forbiddenHost}: ICMP communication administratively prohibited (code 13), which Linux reports as EHOSTUNREACH too`);
    await connectThroughRouter(ctx, router.forbiddenHost, PROHIBITED);
  },
});
