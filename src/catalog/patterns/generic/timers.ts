// Generic row for a program's, library's or proxy's own timer expiring, in any wording.
import { escapeRegExp, type PatternRow } from '../../pattern.js';
import { anyOf } from './any-of.js';

// The timers a `<timer> timeout` names (gunicorn's `WORKER TIMEOUT`, websockets' `keepalive ping timeout`), and what a
// `timeout <outcome>` says happened (curl's `Timeout was reached`). Both the regex and the keywords of timed-out are
// written from them: `timeout` alone is in every healthy configuration line (`session timeout 30m`), and scan would try
// each such line.
const TIMERS = [
  'read', 'write', 'connect', 'connection', 'request', 'response', 'socket', 'i/o', 'handshake', 'operation', 'idle', 'inactivity', 'proxy',
  'upstream', 'gateway', 'heartbeat', 'worker', 'ping', 'pong', 'keepalive', 'keep-alive',
];
// How a line says a connection ended, and how it joins the timer that ended it (`Connection Lost: Timed Out`, `connection
// dropped due to timeout`): the keywords of connection-lost-to-timer.
const CONNECTION_ENDS = ['lost', 'closed', 'dropped', 'terminated'];
const TIMER_REASON_JOINS = [': ', ' : ', '. ', ' . ', '- ', ' - ', ' "', ' due to '];
const OUTCOMES = ['error', 'exceeded', 'expired', 'reached', 'was reached', 'occured', 'occurred', 'while', 'waiting', 'awaiting', 'after ', 'of '];

/** A timer of the program expired (`timed out`, `read timeout`, `deadline exceeded`), also in the kernel's words after a timeout class. */
export const timers: readonly PatternRow[] = [
  {
    id: 'timeout-class-kernel-words',
    keywords: ['timeoutexception', 'timeouterror', 'timedoutexception', 'timedouterror'],
    // A program's own timeout class whose message borrows the kernel's words: Netty's `ConnectTimeoutException:
    // connection timed out: host/10.0.0.5:443` (its CONNECT_TIMEOUT_MILLIS timer), RethinkDB's `ReqlTimeoutError: Could
    // not connect to ..., operation timed out`. The kernel's ETIMEDOUT surfaces as the runtime's plain class instead
    // (Java's ConnectException, Python's builtin TimeoutError with its [Errno 110]), so a class named for a timer
    // (`<Something>TimeoutException`) is the timer, and the strerror words after it are not the kernel's; so is
    // `<Something>TimedOutException` (the DataStax Java driver's request timer: `OperationTimedOutException: [host:9042]
    // Operation timed out`, macOS's words for ETIMEDOUT), and a bare `TimeoutException` (Java's, .NET's, PHP Amp's
    // `Amp\TimeoutException: Operation timed out`), which no runtime raises for an errno (Python's is TimeoutError).
    regex: /\b(?:\w{0,40}[a-z](?:Timeout|TimedOut)(?:Exception|Error)|TimeoutException)\b:? (?:(?!errno|\[Err)[^\n]){0,120}?\b(?:connection|operation) timed out\b/i,
    supersedes: ['libc.strerror'],
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    generic: true,
    note: "A library's own timeout class expired (Netty's connect timer, a database driver's), though its message uses the kernel's words for ETIMEDOUT: the peer did not answer within the program's timeout; the kernel did not give up. Raise the timeout or find why the peer is slow or unreachable.",
  },
  {
    id: 'connection-lost-to-timer',
    keywords: CONNECTION_ENDS.flatMap((end) => TIMER_REASON_JOINS.map((join) => `connection ${end}${join}`)),
    // A connection that ended, with the reason right after it: a timer (a game client's `Connection Lost: Timed Out`,
    // `Connection lost "timed out"`, an SMTP server's `421 4.4.2 connection dropped due to timeout`). The end alone reads
    // as the peer closing; the reason says the program's own keep-alive or read timer ended it.
    regex: new RegExp(String.raw`\bconnection (?:${CONNECTION_ENDS.join('|')})(?: ?[:.-] | "| due to (?:an? )?(?:idle |inactivity )?)(?:timed out|time-?out)\b`, 'i'),
    supersedes: ['generic.closed-by-peer'],
    errno: null,
    kind: 'timer',
    phase: 'read',
    generic: true,
    note: "The program ended the connection because a timer expired (the peer sent nothing within its read or keep-alive timeout), though the line starts like a close: the peer, or the path to it, went silent. Look at the peer's load and at packet loss between them.",
  },
  {
    id: 'timed-out',
    keywords: [
      'timedo', 'timed o', 'timed-o', 'deadline exceeded', 'deadline_exceeded', 'deadlineexceeded', 'execution expired', 'timeout: ', 'missed heartbeat', 'timely response',
      'too long to respond', 'ambiguous timeout', 'ambiguous_timeout',
      ...['timeout', 'time-out'].flatMap((t) => [...OUTCOMES.map((o) => `${t} ${o}`), `${t}exception`, `${t}error`]),
      ...TIMERS.flatMap((w) => ['', ' ', '_'].flatMap((sep) => [`${w}${sep}timeout`, `${w}${sep}time-out`])),
    ],
    regex: anyOf([
      // Not the prose of documentation (`or it timed out after Tt ms`); a line cut short may end in `timed ou`.
      // gRPC's status DEADLINE_EXCEEDED as Python and Java print it (`status = StatusCode.DEADLINE_EXCEEDED`).
      String.raw`(?<!\b(?:it|they) )timed[ -]?(?:out|ou?$)|deadline[ _]exceeded|execution expired`,
      // curl's `Timeout was reached` (cargo: `[28] Timeout was reached`)
      String.raw`time-?out (?:error|exceeded|expired|reached|was reached|occurr?ed|while|waiting|awaiting|after \d|of \d)|timeout: [A-Z]`,
      // gunicorn's `WORKER TIMEOUT (pid:7)`, websockets' `keepalive ping timeout`
      String.raw`(?:${TIMERS.map(escapeRegExp).join('|')})[ _]?time-?out\b(?! ?[=:] ?\d| (?:is|to|of) \d{1,9} ?(?:s|ms|sec|secs|seconds|milliseconds|minutes)?\b(?! exceeded| expired| reached))`,
      // gRPC's status name (`DeadlineExceeded: ...`), a browser's `took too long to respond`; the Couchbase SDKs' two
      // operation timers (`unambiguous timeout`, `ambiguous_timeout`: whether the server may have applied the operation),
      // not a setting or a count of them (`kv.ambiguous_timeout=0`), as the timers' own names above, nor a file's name
      String.raw`\w{0,40}time-?out(?:exception|error)|missed heartbeats?|\bDeadlineExceeded\b|\b(?:took|is taking) too long to respond\b|\b(?:un)?ambiguous[ _]timeout\b(?! ?[=:] ?\d|\.\w)`,
      // A gateway's 504 in the words of RFC 9110 and the proxies that quote it: its timer for the upstream expired (a
      // client reporting the status alone, `status code 504`, reports an HTTP answer, not a socket error)
      String.raw`\bdid(?: not|n't) receive a timely response from (?:the |an )?(?:upstream|remote|origin|backend)`,
    ]),
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    generic: true,
    note: "A timer of the program, a library or a proxy expired before the other end answered; not the kernel giving up (that would be ETIMEDOUT, `Connection timed out`). The peer may be slow, overloaded or unreachable, or the timeout too short.",
  },
];
