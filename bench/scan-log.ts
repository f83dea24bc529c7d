// The synthetic log bench/scan writes and bench/recognize reads: plain service lines, lines holding common words that
// scan's keywords contain, and one socket error line in 1000.

type Line = (t: string, i: number) => string;
const hex = (i: number, k: number): string => ((i * k) >>> 0).toString(16);

// Ordinary lines of a web service: access lines, app INFO/DEBUG, a slow-request WARN. None holds a scan keyword.
const PLAIN: readonly Line[] = [
  (t, i) => `${t} INFO  http GET /api/orders/${i} 200 ${i % 90}ms ua="Mozilla/5.0 (X11; Linux x86_64)" trace=${hex(i, 2654435761)}`,
  (t, i) => `${t} DEBUG cache hit key=user:${i} ttl=300 bytes=${i % 4096}`,
  (t, i) => `${t} INFO  worker job ${i} finished in ${i % 1000}ms, queue depth ${i % 17}`,
  (_t, i) => `10.0.${i % 255}.${i % 200} - - [24/Nov/2026:14:02:03 +0000] "GET /static/app.${i % 50}.js HTTP/1.1" 200 ${i % 99999} "-" "curl/8.5.0"`,
  (t, i) => `${t} WARN  slow request /api/search?q=item${i} took ${1000 + (i % 3000)}ms (threshold 1000ms)`,
  (t, i) => `${t} INFO  kafka consumer orders-${i % 8}: fetched ${i % 500} records, lag ${i % 3}`,
  (t, i) => `${t} INFO  metrics flushed: ${i % 300} series in ${i % 40}ms`,
  (t, i) => `${t} INFO  user ${i} signed in via oauth, session ${hex(i, 40503)}`,
  (t, i) => `${t} DEBUG sql: SELECT id, total FROM orders WHERE id = $1 [${i}] (${i % 9}ms)`,
  (t, i) => `${t} INFO  payment ${i} authorised, amount ${i % 900}.${i % 100} EUR`,
  (t, i) => `${t} DEBUG feature flag new-checkout=${i % 2 === 0} for tenant ${i % 40}`,
  (t, i) => `${t} INFO  email queued for delivery, message-id <${hex(i, 2246822519)}@mail.internal>`,
  (t) => `${t} INFO  GET /healthz 200 0ms`,
];
// Lines that are not errors but hold words scan's prefilter looks for (pool, closed, tls, timeout, connecting to,
// a space before "sc"/"sh"/"cr" as in HAProxy's termination states): one line in 14, which is about the median share
// of such lines in 16 real system and application logs (LogHub's 2k samples: 0-42%, median about 6%; docs/scan.md).
const COMMON_WORDS: readonly Line[] = [
  (t, i) => `${t} INFO  db pool: acquired connection in ${i % 5}ms (active ${i % 10}, idle ${i % 4})`,
  (t, i) => `${t} INFO  websocket ${i} closed by client (code 1000, normal closure)`,
  (t) => `${t} INFO  scheduler: renewed tls certificate for api.internal, valid until 2027-02-01`,
  (t) => `${t} DEBUG redis: connecting to cache.internal:6379 (db 0)`,
  (t, i) => `${t} INFO  user ${i} signed in (session timeout 30m)`,
  (t, i) => `${t} INFO  shutting down worker ${i % 16} after ${i % 1000} jobs`,
];
const ERRORS: readonly ((t: string) => string)[] = [
  (t) => `${t} ERROR pg pool: Error: read ECONNRESET`,
  (t) => `${t} ERROR Error: connect ECONNREFUSED 10.0.0.5:5432`,
  (t) => `${t} ERROR worker: ConnectionResetError: [Errno 104] Connection reset by peer`,
  (t) => `${t} ERROR [main] java.net.ConnectException: Connection refused`,
  (t) => `${t} level=error err="read tcp 10.0.0.7:41234->10.0.0.5:5432: read: connection reset by peer"`,
  (t) => `${t} fail: System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.`,
  (t) => `${t} cron: curl: (7) Failed to connect to 10.0.0.8 port 8080 after 0 ms: Connection refused`,
  (t) => `2026/11/24 14:02:03 [error] 31#31: *1 recv() failed (104: Connection reset by peer) while reading response header from upstream, upstream: "http://10.0.0.8:3000/api"`,
];

/** What a line of the log is: plain, holding common words that scan's keywords may contain, or a socket error. */
type LineKind = 'plain' | 'common' | 'error';

/** One line in 1000 is an error, one in 14 of the rest holds common words; the others are plain. */
function line(t: string, i: number): { text: string; kind: LineKind } {
  if (i % 1000 === 0) return { text: ERRORS[(i / 1000) % ERRORS.length]!(t), kind: 'error' };
  const k = i % (PLAIN.length + 1);
  return k === PLAIN.length ? { text: COMMON_WORDS[Math.floor(i / 14) % COMMON_WORDS.length]!(t, i), kind: 'common' } : { text: PLAIN[k]!(t, i), kind: 'plain' };
}

/** A block of the log: its text, how many lines and error lines it has, and its lines that are not plain. */
export interface LogBlock {
  readonly text: string;
  readonly errors: number;
  readonly lines: number;
  /** The common-word and error lines, in order. */
  readonly notPlain: readonly string[];
}

function block(seed: number, bytes: number): LogBlock {
  const lines: string[] = [];
  const notPlain: string[] = [];
  let size = 0;
  let errors = 0;
  for (let i = seed; size < bytes; i++) {
    const { text, kind } = line(new Date(Date.UTC(2026, 10, 24, 14, 0, 0) + i * 7).toISOString(), i);
    if (kind === 'error') errors++;
    if (kind !== 'plain') notPlain.push(text);
    lines.push(text);
    size += text.length + 1;
  }
  return { text: `${lines.join('\n')}\n`, errors, lines: lines.length, notPlain };
}

/** The log's four distinct 4 MB blocks, as bench/scan writes them over and over to the size asked for. */
export function logBlocks(): LogBlock[] {
  return [0, 1, 2, 3].map((k) => block(k * 100_000, 4e6));
}
