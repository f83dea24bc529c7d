// WireGuard (the kernel module, wireguard-go and the apps built on it): the handshake's retry timer over UDP.
import { definePatternTable } from '../pattern.js';

/** Patterns for WireGuard's logs. */
export const wireguard = definePatternTable('wireguard', [
  {
    id: 'handshake-retry',
    keywords: ['did not complete after'],
    // The kernel module's `wg0: Handshake for peer 3 (192.0.2.7:51820) did not complete after 5 seconds, retrying (try 2)`
    // and wireguard-go's `peer(AbCd…) - Handshake did not complete after 5 seconds, retrying (try 2)`.
    regex: /\bhandshake (?:for peer [^\n]{1,200}? )?did not complete after \d{1,10} seconds?, retrying\b/i,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "WireGuard sent a handshake initiation over UDP and no response came before its retry timer (5 s): nothing is known to have failed at the socket level (UDP has no connection). The peer's UDP port is blocked or filtered (WireGuard is blocked on some networks), the endpoint or its port is wrong, or the keys do not match (a peer drops a handshake it cannot authenticate without answering).",
  },
]);
