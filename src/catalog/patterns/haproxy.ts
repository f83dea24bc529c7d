// HAProxy log termination states (the field before actconn/feconn/beconn/srv_conn/retries) and health-check timeouts.
import { definePatternTable } from '../pattern.js';

// The state in the default log format (`SD-- 750/750/18/17/0`) or a JSON format (`"termination_state":"SD"`). Its
// last two characters are the persistence cookie's and the set-cookie's, from the letters HAProxy's manual lists.
const COOKIE = '-NIDVEOU';
const SET_COOKIE = '-NIUPRV';
const state = (code: string): RegExp =>
  new RegExp(`(?:\\s|"termination_state":\\s?")(?<state>${code})(?:[${COOKIE}][${SET_COOKIE}])?(?:\\s{1,10}\\d{1,9}/\\d{1,9}/\\d{1,9}/\\d{1,9}/\\+?\\d{1,9}|")`);
// The state with what follows it: ` sc` alone would hold every word that starts "sc", "sh", "cr" or "cd".
const stateKeywords = (code: string): string[] => {
  const lower = code.toLowerCase();
  const cookies = [...COOKIE.toLowerCase()].flatMap((a) => [...SET_COOKIE.toLowerCase()].map((b) => ` ${lower}${a}${b}`));
  return [`"${lower}`, ` ${lower} `, ` ${lower}"`, ...cookies];
};

/** Patterns for HAProxy's termination_state codes that point at a socket event. */
export const haproxy = definePatternTable('haproxy', [
  {
    id: 'SC',
    keywords: stateKeywords('sc'),
    regex: state('SC'),
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: 'SC: the server, or something between HAProxy and it, refused the connection: HAProxy got an RST (ECONNREFUSED) or an ICMP error (EHOSTUNREACH/ENETUNREACH) in reply to its SYN. The log does not say which errno.',
  },
  {
    id: 'sC',
    keywords: stateKeywords('sc'),
    regex: state('sC'),
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "sC: HAProxy's `timeout connect` expired before the connection to the server was established (SYNs unanswered or the server's backlog full).",
  },
  {
    id: 'SD',
    keywords: stateKeywords('sd'),
    regex: state('SD'),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'SD: the server aborted the connection during the data phase, usually with an RST (ECONNRESET), sometimes a close or an ICMP error from a device in between; the log does not say which errno.',
  },
  {
    id: 'SH',
    keywords: stateKeywords('sh'),
    regex: state('SH'),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'SH: the server aborted (closed or reset) before sending complete response headers, often because it crashed or closed a reused connection.',
  },
  {
    id: 'sH',
    keywords: stateKeywords('sh'),
    regex: state('sH'),
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "sH: HAProxy's `timeout server` expired before the server sent its response headers; a slow server, not a socket error.",
  },
  {
    id: 'CD',
    keywords: stateKeywords('cd'),
    regex: state('CD'),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'CD: the client aborted during the data phase (closed or reset its connection: a browser gone, a device breaking the connection, routing trouble).',
  },
  {
    id: 'CR',
    keywords: stateKeywords('cr'),
    regex: state('CR'),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'CR: the client aborted before sending a complete request (often a probe or a client that gave up).',
  },
  {
    id: 'cD',
    keywords: stateKeywords('cd'),
    regex: state('cD'),
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "cD: the client neither sent nor acknowledged data for HAProxy's `timeout client`; a stalled or vanished client.",
  },
  {
    id: 'check-timeout',
    keywords: ['layer4 timeout', 'layer6 timeout', 'layer7 timeout'],
    // A health check's own timer (`Server be/s1 is DOWN, reason: Layer4 timeout`): Layer4 is the connect, Layer7 the
    // reply. A refused check says `Layer4 connection problem` with the errno's text instead.
    regex: /\breason: Layer[467] timeout\b/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "HAProxy's health check gave up waiting (timeout check, else inter): at Layer4 the server never answered the SYN (down, filtered, wrong address), at Layer7 it accepted the connection but did not reply in time.",
  },
], { origin: { source: 'proxy' } });
