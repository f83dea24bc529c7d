// Haskell's network package: its exceptions name the failed call first (`Network.Socket.getAddrInfo (called with ...`).
import { definePatternTable } from '../pattern.js';

/** Patterns for the Haskell network package's IOError texts. */
export const haskell = definePatternTable('haskell', [
  {
    id: 'getaddrinfo-failed',
    keywords: ['network.socket.getaddrinfo'],
    // The network package raises an IOError whose text starts with the call: since 2.7 with its arguments
    // (`Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {...}, host name: Just "db",
    // service name: Just "5432"): does not exist (Name or service not known)`), before that `Network.Socket.getAddrInfo:
    // does not exist (...)`. The arguments' record is long, so a wrapped or cut paste often ends before the resolver's text.
    regex: /\bNetwork\.Socket\.getAddrInfo(?: \(called with\b|: does not exist\b)/,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: "Haskell's getAddrInfo (the network package) failed: the host name in `host name: Just \"...\"` did not resolve (the resolver's text, such as `Name or service not known`, ends the message), or the service name is unknown. Check the name, and the resolver the program uses (/etc/resolv.conf, a container's DNS).",
  },
]);
