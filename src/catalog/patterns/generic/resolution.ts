// Generic rows for a host name that did not resolve, in any resolver's or program's words.
import type { PatternRow } from '../../pattern.js';

/** A name that does not resolve, or a resolver that did not answer. */
export const resolution: readonly PatternRow[] = [
  {
    id: 'name-not-resolved',
    // `resolve` and `lookup` only after the words the regex needs before them (`could not`, `unable to`): healthy lines
    // say them all the time (`resolved 12 dependencies`), and each would be tried.
    keywords: [
      't resolve', 'o resolve', 't look', 'o look', 'nxdomain', 'no such host', 'unknownhost', 'unknown host', 'host not found',
      'name could not be resolved', 'name resolution', 'dns lookup', 'dns resolution', "bad address '", 'getaddrinfo failed', 'getaddrinfo() failed',
      'getaddrinfo() thread failed', 'unknown node or service',
      'nameresolutionfailure', 'failed host lookup', 'hostname lookup for', 'host name lookup for',
    ],
    // apt says `Could not resolve 'deb.debian.org'`: a quoted name with a dot (Gradle's `Could not resolve
    // 'group:artifact'` has a colon and stays quiet). BusyBox (ping, nc, wget in every Alpine image) says `bad address
    // 'db.svc'`. Windows' own text for its resolver codes is `getaddrinfo failed` (Python's `[Errno 11004] getaddrinfo
    // failed`: 11001 to 11004 are WSAHOST_NOT_FOUND, WSATRY_AGAIN, WSANO_RECOVERY and WSANO_DATA). libuv's uv_strerror for
    // EAI_NONAME is `unknown node or service` (Julia's `DNSError: host, unknown node or service (EAI_NONAME)`). Mono's
    // WebExceptionStatus for a failed lookup is NameResolutionFailure (`System.Net.WebException: Error: NameResolutionFailure`
    // in Unity, Xamarin and Mono apps). C programs name the call with its parentheses (Zabbix's `getaddrinfo() failed for
    // 'zabbix-server': [0] Unknown error`), and curl's threaded resolver says `getaddrinfo() thread failed to start` when it
    // could not even start the lookup (curl's error 6, as Composer and PHP print it). Dart's SocketException says `Failed
    // host lookup: 'host'` and Crystal's Socket::Addrinfo::Error `Hostname lookup for host failed`, whatever resolver
    // text follows (a translated one, musl's `Try again`, `No address found`, or none).
    regex: /\b(?:failed host lookup|host ?name lookup for \[?[\w.:%-]{1,253}\]? failed|getaddrinfo(?:\(\))? failed|getaddrinfo\(\) thread failed to start|unknown node or service|(?<!\/)NameResolutionFailure|bad address '[\w.-]{1,253}(?=')|(?:could ?n[o']t|unable to|failed to|cannot|can't) (?:resolve|look ?up)(?: the)? (?:host(?:name)?|address|name|domain)|could ?n[o']t resolve '[\w-]{1,63}(?:\.[\w-]{1,63}){0,9}\.[a-z]{2,24}(?=')|nxdomain|no such host|unknown ?host|host not found|remote name could not be resolved|name resolution (?:failed|failure|error)|dns (?:lookup|resolution) (?:failed|failure|error))\b/i,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    generic: true,
    note: 'The host name did not resolve: the name does not exist (NXDOMAIN), has no address, or the DNS server did not answer. Check the spelling, the search domains and the resolver the program uses.',
  },
  {
    id: 'name-try-again',
    keywords: ['temporary failure resolving', 'resource temporarily unavailable'],
    // apt's `Temporary failure resolving 'host'` (in curly quotes in some locales, bare where a wrapper reprints it);
    // EAI_AGAIN printed with strerror(EAGAIN)'s words where a name was being resolved (.NET on Linux: `Resource
    // temporarily unavailable (host:443)`, see the dotnet table).
    regex: /\bTemporary failure resolving [\u2018']?(?<peer>[\w.-]{1,255})|\b(?:resolv\w{0,6}|dns|getaddrinfo|look ?up|host ?name)\b[^\n]{0,80}?\bResource temporarily unavailable\b/i,
    errno: 'EAI_AGAIN',
    phase: 'dns',
    generic: true,
    note: 'The resolver got no answer in time (EAI_AGAIN): the DNS server is down, unreachable or slow, or the host has no network yet. Often transient; check /etc/resolv.conf and that the DNS server is reachable.',
  },
  {
    id: 'resolver-timeout',
    keywords: ['no servers could be reached', 'dns request timed out', '#53: timed out'],
    // A DNS client's own timer for the server's answer, in the lookup tools' words: dig's and BusyBox nslookup's `;;
    // connection timed out; no servers could be reached` (UDP has no connection: the kernel's ETIMEDOUT is not involved),
    // dig's `;; communications error to 10.0.0.2#53: timed out`, Windows nslookup's `DNS request timed out.`
    regex: /(?:\bconnection timed out; )?\bno servers could be reached\b|\bDNS request timed out\b|\bcommunications error to [\w.:%-]{1,255}#53: timed out\b/i,
    supersedes: ['libc.strerror', 'generic.timed-out'],
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    generic: true,
    note: 'The DNS server did not answer in time: it is down, unreachable or blocked (port 53 filtered), or overloaded. The lookup tool timed out itself; no kernel errno. Check that the server in /etc/resolv.conf (or the one given) answers: `dig @server name`.',
  },
];
