// Rust std::io::Error renderings: `Os { code: 104, kind: ConnectionReset, .. }` and `... (os error 111)`.
import { definePatternTable } from '../pattern.js';

/** Patterns for Rust's io::Error Debug and Display output. */
export const rust = definePatternTable('rust', [
  {
    id: 'os-error-debug',
    keywords: ['os { code:'],
    regex: /\bOs \{ code: (?<number>\d{1,5}), kind: (?<kind>\w{1,40})(?:, message: "(?<message>[^"]{0,120})")? \}/,
    errno: 'from-number',
    phase: 'unknown',
    note: "io::Error's Debug form: the raw OS error number, Rust's ErrorKind and the strerror text.",
  },
  {
    id: 'os-error-display',
    keywords: ['(os error'],
    regex: /\(os error (?<number>\d{1,5})\)/,
    errno: 'from-number',
    phase: 'unknown',
    note: "io::Error's Display form: the strerror text followed by the raw OS error number.",
  },
]);
