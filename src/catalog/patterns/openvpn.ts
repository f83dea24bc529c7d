// OpenVPN's log: the TLS control channel's own timer (`TLS key negotiation failed to occur within 60 seconds`).
import { definePatternTable } from '../pattern.js';

/** Patterns for OpenVPN (client and server logs, the GUI's log window). Its WinSock codes, `(code=10054)`, are generic. */
export const openvpn = definePatternTable('openvpn', [
  {
    id: 'tls-key-negotiation-timeout',
    keywords: ['tls key negotiation failed to occur within'],
    regex: /\bTLS key negotiation failed to occur within \d{1,5} seconds\b/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "OpenVPN's hand-window timer (60 s by default): the peer never completed the TLS handshake on the control channel. Usually nothing reaches the server (UDP or the port filtered, the wrong protocol or port, the server down); a tls-auth or tls-crypt key mismatch looks the same, since the server drops such packets silently. Not a kernel errno.",
  },
]);
