// proxychains and proxychains-ng: the preloaded library's line for each hop of the proxy chain it connected through.
import { definePatternTable } from '../pattern.js';

/** Patterns for proxychains' chain lines (`[proxychains] Strict chain  ...  proxy:port  ...  target:port <--...`). */
export const proxychains = definePatternTable('proxychains', [
  {
    id: 'chain-timeout',
    keywords: ['socket error or timeout', '...  timeout'],
    // `<--socket error or timeout!` ends a hop its connect or SOCKS/HTTP exchange did not finish within the chain's
    // tcp_connect_time_out or tcp_read_time_out (both proxychains' own timers); `...  timeout` after the first proxy is
    // that proxy not answering in time. The proxy's refusal is `<--denied` instead, a separate line.
    regex: /\[proxychains\d?\] (?:Strict|Dynamic|Random|Round Robin) chain\b[^\n]{0,400}?(?:<-- ?socket error or timeout!| {2}\.\.\. {2}timeout\b)/i,
    errno: null,
    kind: 'timer',
    origin: { by: 'proxychains' },
    phase: 'connect',
    note: "proxychains gave up on a hop of its chain: the proxy did not accept or relay the connection within tcp_connect_time_out / tcp_read_time_out (proxychains.conf). Check that the proxy (Tor's 9050 is often still starting) is up and reachable, and raise the timeouts for slow chains.",
  },
]);
