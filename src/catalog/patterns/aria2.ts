// aria2 (the download utility, and the tools that embed it): its numbered error codes, as its log lines print them.
import { definePatternTable } from '../pattern.js';

/** Patterns for aria2's `[Source.cc:NNN] errorCode=N` exception lines. */
export const aria2 = definePatternTable('aria2', [
  {
    id: 'timeout',
    keywords: ['errorcode=2 '],
    // aria2's exit status 2, `time out occurred` (`Exception: [AbstractCommand.cc:340] errorCode=2 Timeout.`, in the
    // user's language: `errorCode=2 超时。`): its own --timeout or --connect-timeout expired.
    regex: /\[[A-Za-z]{1,40}\.cc:\d{1,5}\] errorCode=2 /,
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    note: "aria2's own timer expired (--timeout, 60 s by default, or --connect-timeout) with no data from the server; aria2 retries up to --max-tries. Not the kernel's ETIMEDOUT.",
  },
  {
    id: 'name-resolution',
    keywords: ['errorcode=19 '],
    // aria2's exit status 19, `name resolution failed` (`errorCode=19 CUID#12 - Name resolution for host failed:...`),
    // whatever its asynchronous resolver said after it (`Timeout while contacting DNS servers` is the resolver's timer).
    regex: /\[[A-Za-z]{1,40}\.cc:\d{1,5}\] errorCode=19 /,
    supersedes: ['generic.timed-out'],
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: "aria2 could not resolve the host name (its c-ares resolver got no answer in time, or the name does not exist).",
  },
]);
