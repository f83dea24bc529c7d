// uWSGI's own log lines: `SIGPIPE: writing to a closed pipe/socket/fd`, `uwsgi_response_write_body_do() TIMEOUT !!!`, HARAKIRI.
import { definePatternTable } from '../pattern.js';

/** Patterns for uWSGI's core and HTTP router messages. */
export const uwsgi = definePatternTable('uwsgi', [
  {
    id: 'sigpipe',
    keywords: ['sigpipe: writing to a closed'],
    regex: /\bSIGPIPE: writing to a closed pipe\/socket\/fd\b/,
    errno: 'EPIPE',
    phase: 'write',
    note: 'uWSGI wrote the response to a client socket the client had already closed (EPIPE): the client disconnected or timed out first, often a proxy in front giving up on a slow response.',
  },
  {
    id: 'timeout',
    keywords: ['timeout !!!'],
    regex: /\b(?<call>uwsgi_\w{1,60})\(\) TIMEOUT !!!|\bTIMEOUT !!!/,
    errno: null,
    kind: 'timer',
    phase: 'write',
    note: "uWSGI's socket-timeout (4 s by default) expired while writing the response to a client that stopped reading; the kernel reported nothing.",
  },
  {
    id: 'harakiri',
    keywords: ['harakiri on worker'],
    regex: /\bHARAKIRI ON WORKER \d{1,5}\b/,
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    note: "uWSGI's harakiri timer killed a worker whose request ran longer than the limit: often a slow upstream the request waited on.",
  },
]);
