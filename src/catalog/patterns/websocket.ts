// WebSocket closes in any client's words (RFC 6455 close codes 1001 and 1006, no close frame) and tungstenite's reset wording.
import { definePatternTable } from '../pattern.js';

/** Patterns for WebSocket connections closing: Python websockets, gorilla/websocket, tungstenite, browsers' CloseEvent. */
export const websocket = definePatternTable('websocket', [
  {
    id: 'close-code',
    keywords: [
      'close 1001', 'close 1006', 'code 1001', 'code 1006', 'code=1001', 'code=1006', 'code = 1001', 'code = 1006',
      'code: 1001', 'code: 1006', 'status 1006', 'received 1001', 'received 1006', 'sent 1001', 'sent 1006',
      '1001 (going away', '1006 (', 'no close frame', 'abnormal closure', 'error 1006', 'error: 1006', 'with 1006', ': 1006', '(1006',
      'closed 1006',
    ],
    // 1006 is never sent on the wire: the client saw the TCP connection end without a close frame. 1001 is the
    // server (or a proxy in front of it) going away: a restart, a deploy, an idle timeout. Since 1006 is no other close's
    // number, it also counts after a close in other words (`Connection to socket was closed! (1006 | )`, `closed with
    // reason: undefined (1006)`, `Failing the WebSocket connection: 1006`, `disconnects with 1006 error`); not a count
    // (`closed 1006 idle connections`).
    regex: /\b(?:closed|disconnect(?:s|ed)?|WebSocket connection)\b[^\n\d]{0,30}?(?:with |: |\()1006\b|\b(?:(?:close|closed|code|status)(?: code)?(?: = |[ =:]{1,2})|(?:received|sent) )100[16]\b(?! (?:idle |active |open |stale )?(?:connections|sockets|sessions|clients|files|items|records|tickets)\b)|\b100[16] \((?:going away|abnormal closure|connection closed abnormally)|\berror:? 1006\b|\bno close frame received\b|\babnormal closure\b/i,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The WebSocket connection ended: 1006 means the TCP connection closed (FIN or RST) without a close frame, 1001 that the server or a proxy went away (restart, deploy, idle timeout). Reconnect with backoff; send pings below the proxy\'s idle timeout.',
  },
  {
    id: 'keepalive-ping-timeout',
    keywords: ['keepalive ping timeout'],
    // websockets' own ping timer closes with 1011 and then reports that no close frame came: the timer is the cause.
    regex: /\bkeepalive ping timeout\b[^\n]{0,80}/,
    errno: null,
    kind: 'timer',
    supersedes: ['websocket.close-code'],
    phase: 'read',
    note: "The client's keepalive timer (Python websockets' ping_timeout, 20 s by default) expired without a pong: the peer or the path went silent, or the event loop was too busy to answer. Not a close by the peer.",
  },
  {
    id: 'reset-without-closing-handshake',
    keywords: ['reset without closing handshake', 'resetwithoutclosinghandshake'],
    regex: /\bConnection reset without closing handshake\b|\bResetWithoutClosingHandshake\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "tungstenite read end-of-file before a close frame: the peer closed the TCP connection without the WebSocket closing handshake. Despite the word reset, no RST is implied.",
  },
]);
