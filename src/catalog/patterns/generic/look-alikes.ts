// Generic quiet rows: lines that name a socket error without one happening (change titles, prose, tests, parsers, source).
import type { PatternRow } from '../../pattern.js';
import { anyOfParts, type Alternative } from './any-of.js';

/** Prose about errors: the line from its start, when `phrase` is in its first 400 characters. */
const prose = (keywords: readonly string[], phrase: string): Alternative => ({
  keywords,
  source: String.raw`^(?=[^\n]{0,400}?(?:${phrase}))[^\n]{1,600}`,
});

/** Look-alikes that report nothing and silence what they overlap. */
export const lookAlikes: readonly PatternRow[] = [
  {
    id: 'change-title',
    keywords: [
      'econn', 'epipe', 'etimedout', 'ehostun', 'enetun', 'eaddr', 'enotfound', 'eai_', '(#', 'connection reset',
      'connection refused', 'connection closed', 'connection timed out', 'reset by peer', 'socket hang up', 'broken pipe',
      'timeoutexception', 'timeouterror', 'disconnectederror', 'disconnectedexception', 'closedexception', 'closederror',
      'reseterror', 'resetexception', 'refusederror', 'refusedexception', 'address already in use',
    ],
    // A commit or pull-request title, or an item of its checklist (`Fix ECONNRESET handling in the agent (#123)`,
    // `net/http: handle EPIPE on close`, `- [x] adds a clause for "Connection refused"`, `[Feature] Improved handling
    // of ServerDisconnectedError`, `Fixing the "Address already in use" errors in tests`, a hedged `Hopefully fix ...`): it
    // names an error that code handles, it does not report one happening.
    ...anyOfParts([
      {
        // The verbs the title may begin with (its errno words are the row's keywords)
        keywords: [
          'fix', 'feat', 'chore', 'refactor', 'perf', 'test', 'docs', 'build', 'ci(', 'ci!', 'ci:', 'revert', 'handle', 'catch',
          'ignore', 'retry', 'retries on', 'swallow', 'suppress', 'silence', 'tolerate', 'recover', 'resolve', 'improve',
          'support', 'avoid', 'prevent', 'add', 'bump', 'treat', "don't", 'do not',
        ],
        source: String.raw`^\s{0,8}(?:[-*] )?(?:\[[ xX]\] )?(?:\[(?!(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|NOTICE)\])[A-Za-z][A-Za-z ,./-]{0,39}\] )?(?:(?:fix|feat|chore|refactor|perf|test|docs|build|ci|revert)(?:\([\w./-]{1,40}\))?!?: [^\n]{0,80}?|(?:[\w/.-]{1,30}(?:\([\w./-]{1,40}\))?: )?(?:(?:[Hh]opefully|[Pp]robably|[Mm]aybe|[Tt]ry to|[Tt]rying to|[Aa]ttempt to) )?(?:[Ff]ix(?:es|ed|ing)?|[Hh]andle[sd]?|[Cc]atch(?:es)?|[Ii]gnore|[Rr]etry(?! ?(?:[#\d(\[:/]|attempt|count|number))|[Rr]etries on|[Ss]wallow|[Ss]uppress|[Ss]ilence[sd]?|[Tt]olerate|[Rr]ecover|[Rr]esolve[sd]?|[Ii]mprove[sd]?|[Ss]upport|[Aa]void|[Pp]revent|[Aa]dd(?:s|ed)?|[Bb]ump(?:s|ed)?|[Tt]reat|[Dd]on't|[Dd]o not)\b[^\n]{0,80}?)(?:(?<![\w/.-])(?:UV_)?E(?:CONN[A-Z]{5,7}|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|ADDRINUSE|ADDRNOTAVAIL|NOTFOUND|AI_AGAIN)\b|\b[Cc]onnection (?:reset|refused|closed|timed out)|\b[Aa]ddress already in use|\b[Rr]eset by peer|\b[Ss]ocket hang up|\b[Bb]roken pipe|\b\w{0,40}(?:Timeout|Disconnected|Closed|Reset|Refused)(?:Exception|Error)\b)[^\n]{0,300}`,
      },
      { keywords: ['(#'], source: String.raw`^[^\n]{0,300}\(#\d{1,6}\)\s*$` },
    ], ''),
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A commit or pull-request title (or an item of its checklist) that names an error being handled, not a failure.',
  },
  {
    id: 'change-prose',
    keywords: [
      'econn', 'epipe', 'etimedout', 'emfile', 'connection reset', 'connection refused', 'connection closed', 'reset by peer',
      'socket hang up', 'broken pipe', 'closed by remote', 'closed by the remote', 'hung up', 'timed out', 'timeoutexception',
      'too many open files', 'timeout',
    ],
    // Prose that talks about errors rather than reporting one: what a change does (`this handles ECONNRESET`, `retry on
    // socket hang up`, `should fix #23`) or what a message means (`AFAIK ... usually is a network issue`, `EMFILE means
    // too many open files`, `"socket hang up" happens when ...`; not libpq's own `This probably means the server ...`).
    ...anyOfParts([
      prose(['handles', 'catches', 'ignores', 'retries', 'fixes', 'silences', 'suppresses'], String.raw`\b(?:this|it) (?:handles|catches|ignores|retries|fixes|silences|suppresses)\b`),
      prose(['retry on', 'retries on'], String.raw`\bretr(?:y|ies) on [\`'"]?(?:E[A-Z]{4,}|socket|connection|timeouts?|errors?|\w{0,30}(?:Error|Exception))`),
      prose(['error retry', 'errors retry'], String.raw`\berrors? retry (?:for|logic|layer|mechanism|support|handling)\b`),
      prose(['fix #', 'fixes #', 'close #', 'closes #', 'resolve #', 'resolves #'], String.raw`\b(?:fix|fixes|close|closes|resolve|resolves) #\d{1,6}\b`),
      prose(['afaik'], String.raw`\bAFAIK\b`),
      prose(['iirc'], String.raw`\bIIRC\b`),
      prose([' means', 'happens when', 'occurs when', 'is raised when', 'is thrown when'], String.raw`(?:\bE[A-Z]{4,}|[\`'"][^\`'"\n]{3,80}[\`'"]) (?:means|(?:happens|occurs|is raised|is thrown) when)\b`),
      prose(['usually is', 'usually means', 'usually indicates'], String.raw`\busually (?:is|means|indicates)\b`),
      prose(['typically means', 'typically indicates', 'generally means', 'generally indicates'], String.raw`\b(?:typically|generally) (?:means|indicates)\b`),
      prose(['i would guess'], String.raw`\bI would guess\b`),
    ], ''),
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A sentence about errors (what a change handles, what a message usually means) that reports none happening.',
  },
  {
    id: 'test-timer',
    keywords: ['timeout of ', 'exceeded timeout of', 'test timed out', 'async callback was not invoked', 'async function did not complete'],
    // Test runners' per-test timers (mocha `Timeout of 2000ms exceeded.`, jest, vitest, jasmine, go test): the test
    // took too long, whatever it waited for. superagent words its own timer the same way (with code ECONNABORTED).
    regex: /\bTimeout of \d{1,9}ms exceeded\b|\btimeout of \d{1,9}ms exceeded\. Ensure the done\(\) callback|\bExceeded timeout of \d{1,9} ?ms for a (?:test|hook)|\bTest timed out in \d{1,9} ?ms|\bAsync (?:callback was not invoked|function did not complete) within|\btest timed out after \d/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "A test runner's timer for one test or hook, not a network timer.",
  },
  {
    id: 'device-timer',
    keywords: [
      'serialtimeoutexception', 'serialporttimeoutexception', 'out waiting for packet header', 'launch timed out and was terminated',
      'timed out waiting for device', '.device/start timed out', 'netdev watchdog', 'timeout waiting for hardware interrupt',
    ],
    // A device's timer, not a network one: a serial port's read or write timeout (pyserial's SerialTimeoutException,
    // jSerialComm's SerialPortTimeoutException), a chip's serial bootloader not answering a flasher (esptool's `Timed out
    // waiting for packet header`), a GPU's display watchdog killing a kernel (CUDA's `the launch timed out and was
    // terminated`, cudaErrorLaunchTimeout), systemd's job timer for a device unit at boot (`Timed out waiting for device
    // /dev/disk/by-uuid/...`, `dev-sda3.device: Job dev-sda3.device/start timed out`: a disk or a tty udev never
    // announced), the kernel's transmit watchdog for a network card (`NETDEV WATCHDOG: eth0 (r8169): transmit queue 0 timed
    // out`: the card or its driver stopped sending, every connection through it stalls, and the fix is the driver or the
    // hardware, not a socket), an SD host controller not answering (the kernel's `mmc0: timeout waiting for hardware
    // interrupt`: a card or its power failing). The words (`Write timeout`, `timed out`) read like a socket's timer.
    regex: /\bNETDEV WATCHDOG: [^\n]{0,160}?transmit queue \d{1,4} timed out\b(?: \d{1,12} ms)?|\bSerial(?:Port)?TimeoutException\b[^\n]{0,300}|\bTimed? out waiting for packet header\b|\b[Tt]he launch timed out and was terminated\b|\bTimed out waiting for device\b|\.device: Job [^\s/]{1,200}\.device\/start timed out\b|\bmmc\d{1,2}:? [Tt]imeout waiting for hardware interrupt\b/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "A device's timer (a serial port, a chip's bootloader, a GPU's watchdog, systemd waiting for a device unit, a network card's transmit watchdog, an SD card's host controller), not a socket's timer.",
  },
  {
    id: 'process-fork-limit',
    keywords: ['fork: resource temporarily unavailable', 'fork: retry: resource temporarily unavailable', 'fork child process: resource temporarily unavailable'],
    // EAGAIN from fork(): the user's process limit (ulimit -u, a cgroup's pids.max) or memory, never a socket. Shells
    // print `bash: fork: retry: Resource temporarily unavailable`, Tcl `couldn't fork child process: ...`; in a script
    // named `...-lookup` the words read like a lookup retried.
    regex: /\bfork(?: child process)?: (?:retry: )?Resource temporarily unavailable\b/i,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'fork() failed with EAGAIN: the process limit (ulimit -u, a cgroup\'s pids.max) or memory ran out; not a socket error.',
  },
  {
    id: 'stale-mount',
    keywords: ['transport endpoint is not connected'],
    // ENOTCONN from a file operation on a path (coreutils' `ls: cannot access '/mnt': ...`, `cp: cannot stat ...`, `ls:
    // cannot open directory ...`, fusermount's `failed to access mountpoint /mnt/x: ...`, a FUSE program statting its
    // mount point): a FUSE mount (sshfs, s3fs, rclone, GlusterFS, MooseFS) whose daemon died or lost its servers. The
    // kernel's errno, but on a file, not a socket; the daemon's own log says what its connections met. Curly quotes as
    // \u escapes: one character outside ASCII makes V8 read the whole CLI bundle as two-byte text, slower at every start.
    regex: /\b(?:cannot (?:access|stat|open(?: directory)?|read directory|remove)|failed to access mountpoint|mount point: stat) {1,2}[\u2018'"]?[\/~.][^\n]{0,300}?: [Tt]ransport endpoint is not connected\b/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "ENOTCONN from a file operation on a FUSE mount whose daemon is gone (a stale mount: unmount it with fusermount -u or umount -l and mount again), not a socket error; the daemon's own log says why it went.",
  },
  {
    id: 'lock-timeout-exception',
    keywords: ['locktimeoutexception'],
    // JPA's and Hibernate's lock timeout (`javax.persistence.LockTimeoutException`, `jakarta.persistence.
    // LockTimeoutException`, `org.hibernate.exception.LockTimeoutException`): the database gave up waiting for a row or
    // table lock another transaction held (MySQL's 1205, PostgreSQL's lock_timeout, SQL Server's 1222), over a healthy
    // connection. The mysql table's lock-wait-timeout row is the same verdict in InnoDB's words.
    regex: /\b(?:(?:javax|jakarta)\.persistence\.|org\.hibernate\.(?:exception\.)?)?LockTimeoutException\b/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "A database lock wait that timed out (another transaction held the row or table), not a network timer.",
  },
  {
    id: 'parser-eof',
    keywords: ['syntax error', 'parse error', 'error parsing', 'parsing error', 'here-document', 'while parsing', 'looking for matching'],
    // A parser reaching the end of its input (bash, javac, YAML): end of file of a script, not of a connection.
    regex: /\b(?:syntax error|parse error|error parsing|parsing error|here-document|looking for matching)\b[^\n]{0,80}?(?:\bEOF\b|end[ -]of[ -](?:file|input))|\bend of (?:file|input) while parsing\b|\bEOF while looking for matching\b/i,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A parser reached the end of a file or script it was reading, not a connection closing.',
  },
  {
    id: 'source-line',
    keywords: ['raise ', 'except ', 'throw new ', 'const ', 'let ', 'var ', '# ', '// '],
    // A line of program source shown in a traceback or pasted from code: it names an error, it does not report one.
    regex: /^\s{0,80}(?:raise [\w.]{1,100}\(|except [\w.(), ]{1,200}:|throw new \w{1,100}\(|(?:const|let|var) \w{1,60} = |#\s|\/\/\s)[^\n]{0,65536}/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A source line (raise, except, throw, a declaration or a comment) that names an error class without one happening.',
  },
  {
    id: 'code-comparison',
    keywords: [
      "=='e", "== 'e", '=="e', '== "e', "!='e", "!= 'e", '!="e', '!= "e', 'case e', "case 'e", 'case "e', '.tobe(', '.toequal(',
      '.tostrictequal(', 'errno.e', 'syscall.e',
    ],
    // Code that tests for an errno (`err.code === 'ECONNRESET'`, `case 'ECONNREFUSED':`, `.toBe('EPIPE')`, Python's
    // `errno.ECONNRESET`, Go's `syscall.ECONNRESET`): programs print errno names, they compare them only in source.
    regex: /^[^\n]{0,200}?(?:[!=]==? ?['"]E[A-Z_]{3,20}['"]|\bcase ['"]?E[A-Z_]{3,20}['"]?:|\.to(?:Be|Equal|StrictEqual)\(['"]E[A-Z_]{3,20}['"]|\b(?:errno|syscall)\.E[A-Z]{3,20}\b)[^\n]{0,300}/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'Source code that compares an error with an errno name, not an error happening.',
  },
];
