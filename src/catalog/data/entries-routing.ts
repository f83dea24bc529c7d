// Catalog entries for routes and addresses: EHOSTUNREACH, ENETUNREACH, ENETDOWN, EHOSTDOWN, ENONET, EADDRNOTAVAIL, EADDRINUSE.
import type { ErrnoEntryTable } from '../types.js';

/** Errnos about reaching the other host and about local addresses and ports. */
export const ROUTING_ENTRIES = {
  EHOSTUNREACH: {
    name: 'EHOSTUNREACH',
    message: 'No route to host',
    libuv: 'UV_EHOSTUNREACH',
    node: 'Error: connect EHOSTUNREACH 10.0.0.5:443',
    summary: 'Packets to that host cannot be delivered: an ICMP host unreachable came back, or the local stack could not resolve the next hop.',
    calls: [
      {
        call: 'connect',
        cause: 'During the handshake an ICMP destination unreachable (host unreachable, or administratively prohibited from a firewall `REJECT --reject-with icmp-host-prohibited`) came back; or the host is on the local subnet and nobody answered ARP/neighbour discovery, so the local kernel reported it unreachable; or the route is of type `unreachable`.',
        appSees: 'connect() fails with EHOSTUNREACH, immediately for a route or firewall rejection, after about 3 s of failed ARP for a dead host on the local network.',
        remedy: 'Check the address, that the host is up, the routes (`ip route get <addr>`) and firewalls. Retry with backoff; nothing was sent to the application.',
        retry: 'safe',
      },
      {
        call: 'read',
        cause: 'On an established connection, ICMP host unreachable messages arrived while data was being retransmitted; Linux records them as a soft error and keeps retrying until the retransmission timer gives up.',
        appSees: 'After the full retransmission timeout (minutes), read or write fails with EHOSTUNREACH instead of ETIMEDOUT; the RTO does not back off while the ICMPs keep arriving (tcp_ld_RTO_revert, RFC 6069). With IP_RECVERR the error is reported as soon as an ICMP is processed, the connection stays open and each later read fails again until the timer gives up; an ICMP that arrives while a system call holds the socket stays a soft error (counted in TcpExt LockDroppedIcmps).',
        remedy: 'Close and reconnect (perhaps to another address); bound the wait with TCP_USER_TIMEOUT or application deadlines; resend only idempotent requests.',
        retry: 'idempotent-only',
      },
    ],
    linuxNotes: [
      {
        claim: 'ICMP host or net unreachable on an established connection is a soft error on Linux: tcp_v4_err() stores it in sk_err_soft and the connection continues, unless the socket has IP_RECVERR set (then sk_err is set at once). In SYN_SENT or SYN_RECV the same ICMP is a hard error that ends connect(). ICMP time exceeded (a routing loop or too small a TTL) is also mapped to EHOSTUNREACH there.',
        source: 'net/ipv4/tcp_ipv4.c: tcp_v4_err()',
        scenario: 'ehostunreach-established',
      },
      {
        claim: 'When retransmissions finally give up, tcp_write_err() reports the stored soft error if there is one, so the application sees EHOSTUNREACH rather than ETIMEDOUT.',
        source: 'net/ipv4/tcp_timer.c: tcp_write_err()',
        scenario: 'ehostunreach-established',
      },
    ],
    scenarios: ['ehostunreach-connect', 'ehostunreach-established'],
  },
  ENETUNREACH: {
    name: 'ENETUNREACH',
    message: 'Network is unreachable',
    libuv: 'UV_ENETUNREACH',
    node: 'Error: connect ENETUNREACH 2001:db8::1:443',
    summary: 'There is no route to the destination network, locally or according to an ICMP message from a router.',
    calls: [
      {
        call: 'connect',
        cause: 'The local routing table has no route for the address (no default route, interface down, IPv6 address on a host without IPv6 connectivity), so no SYN is sent; or a router answered the SYN with ICMP net unreachable. TCP connect() to a broadcast or multicast address also fails with ENETUNREACH.',
        appSees: 'connect() fails with ENETUNREACH, immediately when the local route lookup fails.',
        remedy: 'Check `ip route get <addr>`, the default gateway and IPv6 configuration; for dual-stack names try the other address family (Happy Eyeballs: Node\'s autoSelectFamily).',
        retry: 'after-fix',
      },
      {
        call: 'write',
        cause: 'The route disappeared while the connection was open and ICMP net unreachable (or a failed route lookup on retransmission) was recorded as a soft error.',
        appSees: 'As with EHOSTUNREACH: reported when the retransmission timer gives up, instead of ETIMEDOUT.',
        remedy: 'Close and reconnect once the network is back; resend only idempotent work.',
        retry: 'idempotent-only',
      },
    ],
    linuxNotes: [
      {
        claim: 'tcp_v4_connect() returns the route lookup error directly (ENETUNREACH when no route exists) and ENETUNREACH for a broadcast or multicast destination, before any SYN is sent.',
        source: 'net/ipv4/tcp_ipv4.c: tcp_v4_connect()',
        scenario: 'enetunreach-connect',
      },
      {
        claim: 'Like EHOSTUNREACH, an ICMP net unreachable on an established connection is kept in sk_err_soft by tcp_v4_err() and surfaces only when tcp_write_err() gives up, unless IP_RECVERR is set.',
        source: 'net/ipv4/tcp_ipv4.c: tcp_v4_err(); net/ipv4/tcp_timer.c: tcp_write_err()',
        scenario: 'enetunreach-connect',
      },
    ],
    scenarios: ['enetunreach-connect'],
  },
  ENETDOWN: {
    name: 'ENETDOWN',
    message: 'Network is down',
    libuv: 'UV_ENETDOWN',
    node: 'Error: write ENETDOWN',
    summary: 'The local interface the packet must leave through is down.',
    calls: [
      {
        call: 'write',
        cause: 'The outgoing interface was brought down (cable, Wi-Fi, VPN, `ip link set dev X down`) and the driver or queueing layer refused the packet.',
        appSees: 'A send fails with ENETDOWN; for TCP it is mostly seen on datagram or raw sockets, since TCP queues data and retransmits later.',
        remedy: 'Wait for the interface to come back (watch link state), then reconnect; retry with backoff.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'For TCP the failure to transmit a segment is not returned to the sender; the segment stays queued and the retransmission timer handles it, so a TCP application usually sees ETIMEDOUT or EHOSTUNREACH later rather than ENETDOWN. This is our reading of the output path, not checked in the lab.',
        source: 'net/ipv4/tcp_output.c: tcp_transmit_skb()',
      },
    ],
    scenarios: [],
  },
  EHOSTDOWN: {
    name: 'EHOSTDOWN',
    message: 'Host is down',
    libuv: 'UV_EHOSTDOWN',
    node: 'Error: connect EHOSTDOWN 10.0.0.5:443',
    summary: 'The host is known to be down; BSD systems return it, Linux TCP practically never does.',
    calls: [
      {
        call: 'connect',
        cause: 'On BSD-derived systems (macOS included) a failed ARP resolution for a host on the local network can give EHOSTDOWN; Linux reports the same situation as EHOSTUNREACH.',
        appSees: 'connect() fails with EHOSTDOWN.',
        remedy: 'Check that the host is up and reachable on the local network; retry with backoff.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux maps no ICMP code to EHOSTDOWN (icmp_err_convert) and a failed neighbour resolution yields EHOSTUNREACH, so on Linux TCP expect EHOSTUNREACH where BSD gives EHOSTDOWN.',
        source: 'net/ipv4/icmp.c: icmp_err_convert[]',
        scenario: 'ehostunreach-connect',
      },
    ],
    scenarios: [],
  },
  ENONET: {
    name: 'ENONET',
    message: 'Machine is not on the network',
    libuv: 'UV_ENONET',
    node: 'Error: connect ENONET',
    summary: 'A Linux-only historical errno; modern TCP/IP sockets do not return it.',
    calls: [
      {
        call: 'connect',
        cause: 'Not produced by Linux TCP/IP; it survives from old network code and a few drivers and non-IP protocols.',
        appSees: 'If ever seen, the call failed because the machine has no usable network.',
        remedy: 'Check network configuration; treat like ENETUNREACH.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'ENONET is defined in the Linux errno headers but we found no IPv4/IPv6 TCP path returning it; not verified beyond that.',
        source: 'include/uapi/asm-generic/errno.h',
      },
    ],
    scenarios: [],
  },
  EADDRNOTAVAIL: {
    name: 'EADDRNOTAVAIL',
    message: 'Cannot assign requested address',
    libuv: 'UV_EADDRNOTAVAIL',
    node: 'Error: connect EADDRNOTAVAIL 10.0.0.5:443 - Local (0.0.0.0:0)',
    summary: 'The local address or port asked for cannot be used: not on this host, or no ephemeral port is left.',
    calls: [
      {
        call: 'connect',
        cause: 'No packet is sent: all ephemeral ports (net.ipv4.ip_local_port_range) towards that destination address and port are in use, usually by many short connections in TIME_WAIT.',
        appSees: 'connect() fails immediately with EADDRNOTAVAIL.',
        remedy: 'Reuse connections (keep-alive, pooling), close from the client side less often, widen ip_local_port_range, or spread over more destination addresses; net.ipv4.tcp_tw_reuse helps outgoing connections.',
        retry: 'after-fix',
      },
      {
        call: 'bind',
        cause: 'The address is not assigned to any local interface (typo, the interface is not up yet, a container or VM address that does not exist here).',
        appSees: 'bind() (Node: listen) fails with EADDRNOTAVAIL.',
        remedy: 'Bind to an address the host owns, or 0.0.0.0/::; at boot wait for the address, or set net.ipv4.ip_nonlocal_bind / IP_FREEBIND.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: "When connect() finds no free ephemeral port, Linux returns EADDRNOTAVAIL from the port search in __inet_hash_connect(), before any packet. A socket bound to a local address first reports EADDRINUSE instead: Node's localAddress binds port 0 with SO_REUSEADDR (libuv), which lets bind() share a port already in use, and connect() then finds the 4-tuple taken.",
        source: 'net/ipv4/inet_hashtables.c: __inet_hash_connect(), __inet_check_established(); man 7 ip',
        scenario: 'ephemeral-port-exhaustion',
      },
    ],
    scenarios: ['ephemeral-port-exhaustion'],
  },
  EADDRINUSE: {
    name: 'EADDRINUSE',
    message: 'Address already in use',
    libuv: 'UV_EADDRINUSE',
    node: 'Error: listen EADDRINUSE: address already in use :::3000',
    summary: 'Another socket already holds that local address and port.',
    calls: [
      {
        call: 'bind',
        cause: 'No packet: another process (or an earlier instance of this one) is listening on the port, or connections from an earlier run linger in TIME_WAIT and SO_REUSEADDR is not set.',
        appSees: 'bind()/listen() fails with EADDRINUSE (Node reports it from `listen`).',
        remedy: 'Find the owner with `ss -ltnp sport = :PORT`; stop it or pick another port. Set SO_REUSEADDR on servers (Node does) so TIME_WAIT leftovers do not block restarts; it must have been set on the server that left them too. Use SO_REUSEPORT only when you want several listeners.',
        retry: 'after-fix',
      },
      {
        call: 'connect',
        cause: "The socket was bound to a local port first (a fixed one, or port 0 with SO_REUSEADDR as Node's localAddress does) and that 4-tuple is still in use (for example in TIME_WAIT) towards the same destination.",
        appSees: 'connect() fails with EADDRINUSE.',
        remedy: 'Do not bind client sockets to a fixed port, or use IP_BIND_ADDRESS_NO_PORT for a fixed address.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'On Linux SO_REUSEADDR does not let two sockets listen on the same address and port at once; that needs SO_REUSEPORT on every socket, owned by the same effective user.',
        source: 'man 7 socket (SO_REUSEADDR, SO_REUSEPORT); net/ipv4/inet_connection_sock.c: inet_csk_bind_conflict()',
      },
      {
        claim: "A TIME_WAIT connection keeps the SO_REUSEADDR flag of the socket it came from, and bind() passes it only when both have the flag: a server restarted with SO_REUSEADDR still gets EADDRINUSE for 60 s after a server that did not set it. libuv sets it on every TCP bind, so a Node server restarts at once after a Node server.",
        source: 'net/ipv4/inet_connection_sock.c: inet_bind_conflict(); net/ipv4/inet_timewait_sock.c: inet_twsk_alloc() (tw_reuse)',
        scenario: 'eaddrinuse-time-wait',
      },
    ],
    scenarios: ['ephemeral-port-exhaustion', 'eaddrinuse-time-wait'],
  },
} as const satisfies ErrnoEntryTable;
