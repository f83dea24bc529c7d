// The TCP states as the kernel numbers them in /proc/net/tcp (include/net/tcp_states.h), with the names `ss` prints.

/** Every TCP state, in the kernel's order (TCP_ESTABLISHED = 1 ... TCP_NEW_SYN_RECV = 12). */
export const TCP_STATES = [
  'ESTABLISHED', 'SYN_SENT', 'SYN_RECV', 'FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT', 'CLOSE', 'CLOSE_WAIT', 'LAST_ACK',
  'LISTEN', 'CLOSING', 'NEW_SYN_RECV',
] as const;
/** A TCP state name. */
export type TcpState = (typeof TCP_STATES)[number];

/** The state for the two-hex-digit `st` column of /proc/net/tcp; undefined for numbers the kernel does not use. */
export function tcpStateFromCode(code: number): TcpState | undefined {
  return TCP_STATES[code - 1];
}

/** A count for every state, all zero: the result always lists every state so the JSON shape is fixed. */
export function emptyStateCounts(): Record<TcpState, number> {
  return Object.fromEntries(TCP_STATES.map((s) => [s, 0])) as Record<TcpState, number>;
}
