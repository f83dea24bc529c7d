// AWS SDKs: the Java SDK's `Unable to execute HTTP request: ...` wrapper, whose message is the cause's.
import { definePatternTable } from '../pattern.js';

/** Patterns for the AWS SDKs' wrappers around socket failures. */
export const aws = definePatternTable('aws', [
  {
    id: 'unknown-host',
    keywords: ['unable to execute http request: '],
    // The cause's message is all the wrapper shows; for an UnknownHostException that is just the host name.
    regex: /\bUnable to execute HTTP request: (?<peer>[\w-]{1,63}(?:\.[\w-]{1,63}){1,10})\.?\s*$/,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: "SdkClientException around java.net.UnknownHostException, whose message is only the host name: it did not resolve (NXDOMAIN, or no answer from the resolver).",
  },
  {
    id: 'unable-to-execute',
    keywords: ['unable to execute http request'],
    regex: /\bUnable to execute HTTP request\b/,
    errno: null,
    kind: null,
    phase: 'unknown',
    note: "The Java SDK's SdkClientException: the HTTP request failed below HTTP; the text after the colon is the cause's message (a connect timeout, `The target server failed to respond`, a reset).",
  },
]);
