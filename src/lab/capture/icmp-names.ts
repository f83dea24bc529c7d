// Names of ICMP (RFC 792, RFC 1812) and ICMPv6 (RFC 4443, RFC 4861) messages: one per type, or one per code of a type.

/** A type's name, or its codes' names indexed by code. */
type NamesOfType = string | readonly string[];

/** ICMP for IPv4, by type. */
export const ICMP_NAMES: Readonly<Record<number, NamesOfType>> = {
  0: 'echo-reply',
  3: [
    'net-unreachable', 'host-unreachable', 'protocol-unreachable', 'port-unreachable', 'fragmentation-needed',
    'source-route-failed', 'net-unknown', 'host-unknown', 'source-host-isolated', 'net-prohibited', 'host-prohibited',
    'net-unreachable-for-tos', 'host-unreachable-for-tos', 'admin-prohibited', 'host-precedence-violation',
    'precedence-cutoff',
  ],
  4: 'source-quench',
  5: ['redirect-net', 'redirect-host', 'redirect-tos-net', 'redirect-tos-host'],
  8: 'echo-request',
  9: 'router-advertisement',
  10: 'router-solicitation',
  11: ['ttl-exceeded', 'reassembly-time-exceeded'],
  12: 'parameter-problem',
  13: 'timestamp-request',
  14: 'timestamp-reply',
};

/** ICMPv6, by type. */
export const ICMPV6_NAMES: Readonly<Record<number, NamesOfType>> = {
  1: ['no-route', 'admin-prohibited', 'beyond-scope', 'address-unreachable', 'port-unreachable', 'source-policy-failed', 'reject-route'],
  2: 'packet-too-big',
  3: ['hop-limit-exceeded', 'reassembly-time-exceeded'],
  4: 'parameter-problem',
  128: 'echo-request',
  129: 'echo-reply',
  130: 'mld-query',
  131: 'mld-report',
  132: 'mld-done',
  133: 'router-solicitation',
  134: 'router-advertisement',
  135: 'neighbor-solicitation',
  136: 'neighbor-advertisement',
  137: 'redirect',
  143: 'mld2-report',
};

/** Error messages, which quote the start of the packet that caused them. */
export const ICMP_ERROR_TYPES: Readonly<Record<4 | 6, ReadonlySet<number>>> = {
  4: new Set([3, 4, 5, 11, 12]),
  6: new Set([1, 2, 3, 4]),
};

/** ICMPv6 messages that keep a link working (neighbour discovery, multicast listeners), not part of a conversation. */
export const ICMPV6_LINK_TYPES: ReadonlySet<number> = new Set([130, 131, 132, 133, 134, 135, 136, 137, 143]);
