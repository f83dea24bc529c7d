// OCaml's Unix library: `Unix.Unix_error(Unix.ECONNREFUSED, "connect", "")` (also inside Docker for Windows' proxy).
import { definePatternTable } from '../pattern.js';

/** Patterns for OCaml's Unix.Unix_error exception. */
export const ocaml = definePatternTable('ocaml', [
  {
    id: 'unix-error',
    keywords: ['unix_error('],
    regex: /\bUnix(?:\.Unix)?_error\(Unix\.(?<name>E[A-Z]{2,20}), "(?<call>\w{1,30})"/,
    errno: 'from-name',
    phase: 'from-call',
    note: "OCaml's Unix.Unix_error: the errno constructor, then the system call that failed.",
  },
]);
