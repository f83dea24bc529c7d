// Ruby: Net::HTTP's timers, Timeout::Error, and SystemCallError classes (`Errno::ECONNREFUSED: ... - connect(2)`).
import { definePatternTable } from '../pattern.js';

/** Patterns for Ruby's standard library and the clients built on Net::HTTP (Faraday, HTTParty, RestClient). */
export const ruby = definePatternTable('ruby', [
  {
    id: 'errno-class',
    keywords: ['errno::e'],
    regex: /\bErrno::(?<name>E[A-Z]{2,20})\b(?:[^\n]{0,200}? - (?<call>connect|read|write|accept|SSL_connect)\b)?/,
    errno: 'from-name',
    phase: 'from-call',
    note: 'A SystemCallError subclass named after the errno; the text after ` - ` names the call (connect(2), SSL_connect).',
  },
  {
    id: 'net-timeout',
    keywords: ['opentimeout', 'readtimeout', 'writetimeout', 'timeout::error', 'execution expired'],
    regex: /\bNet::(?<call>Open|Read|Write)Timeout\b|\bexecution expired\b|\bTimeout::Error\b/,
    errno: null,
    kind: 'timer',
    phase: 'from-call',
    note: "Net::HTTP's open_timeout, read_timeout or write_timeout (60 s by default), or Timeout.timeout around it (`execution expired`), fired: Ruby's timer, not the kernel.",
  },
]);
