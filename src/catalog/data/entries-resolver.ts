// Catalog entries for name resolution failures as Node reports them: ENOTFOUND, EAI_AGAIN.
import type { ErrnoEntryTable } from '../types.js';

/** Resolver codes: getaddrinfo failures, which happen before any TCP packet is sent. */
export const RESOLVER_ENTRIES = {
  ENOTFOUND: {
    name: 'ENOTFOUND',
    message: 'Name or service not known',
    libuv: null,
    node: 'Error: getaddrinfo ENOTFOUND example.invalid',
    summary: 'The name does not resolve: DNS answered that it does not exist (or has no address of the requested family).',
    calls: [
      {
        call: 'getaddrinfo',
        cause: 'No TCP packet was sent: the resolver got a definite negative answer (NXDOMAIN, or no A/AAAA record) for the host name; glibc reports EAI_NONAME (or EAI_NODATA), which Node renames ENOTFOUND.',
        appSees: 'The connect or request fails before any connection attempt, with `getaddrinfo ENOTFOUND host` and err.hostname set.',
        remedy: 'Check the host name (typos, missing search domain, a container\'s /etc/resolv.conf or /etc/hosts); retrying unchanged rarely helps, except just after a DNS record was created.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'ENOTFOUND is not a kernel errno: Node maps libuv\'s UV_EAI_NONAME and UV_EAI_NODATA to the code ENOTFOUND; the text is gai_strerror(EAI_NONAME) from glibc.',
        source: 'lib/internal/errors.js: dnsException() (Node); man 3 getaddrinfo',
      },
    ],
    scenarios: [],
  },
  EAI_AGAIN: {
    name: 'EAI_AGAIN',
    message: 'Temporary failure in name resolution',
    libuv: 'UV_EAI_AGAIN',
    node: 'Error: getaddrinfo EAI_AGAIN db.internal',
    summary: 'The resolver could not get an answer right now (DNS server unreachable, timed out or returned SERVFAIL).',
    calls: [
      {
        call: 'getaddrinfo',
        cause: 'No TCP packet to the target was sent: the DNS queries (UDP/TCP port 53) timed out or got SERVFAIL, because the DNS server is down or unreachable, the network is not up yet, or the resolver is overloaded.',
        appSees: 'The request fails with `getaddrinfo EAI_AGAIN host`; the next attempt may succeed.',
        remedy: 'Retry with backoff; check /etc/resolv.conf, DNS server reachability and the resolver\'s rate limits; cache lookups and bound concurrency (each getaddrinfo uses a libuv thread-pool slot).',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'getaddrinfo is glibc, not the kernel: EAI_AGAIN is its temporary-failure code, and libuv passes it through as UV_EAI_AGAIN.',
        source: 'man 3 getaddrinfo; libuv include/uv/errno.h',
      },
    ],
    scenarios: [],
  },
} as const satisfies ErrnoEntryTable;
