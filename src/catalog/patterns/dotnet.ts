// .NET SocketException texts: `SocketException (10054)`, WinSock wording such as "forcibly closed by the remote host".
import { definePatternTable } from '../pattern.js';

/** Patterns for System.Net.Sockets.SocketException and its Windows (WinSock) messages. */
export const dotnet = definePatternTable('dotnet', [
  {
    id: 'socket-exception-code',
    keywords: ['socketexception ('],
    regex: /\bSocketException \((?<number>\d{1,5})\)/,
    errno: 'from-number',
    phase: 'unknown',
    note: 'SocketException carries the native error code: a WinSock number (10054) on Windows, the errno (104) on Linux and macOS.',
  },
  {
    id: 'winsock-code',
    keywords: ['(100', '(110'],
    regex: /\((?<number>1[01]\d{3})\):?\s(?=[A-Z])/,
    errno: 'from-number',
    phase: 'unknown',
    platform: 'windows',
    generic: true,
    note: 'A WinSock error number in parentheses before its message.',
  },
  {
    id: 'forcibly-closed',
    keywords: ['forcibly closed by the remote host'],
    // Also quoted without its first words (`connection was forcibly closed by the remote host.`): the rest is WinSock's alone.
    regex: /(?:An existing )?\b[Cc]onnection was forcibly closed by the remote host/,
    errno: 'ECONNRESET',
    phase: 'unknown',
    platform: 'windows',
    note: "WSAECONNRESET (10054), Windows' wording for ECONNRESET: the peer sent an RST.",
  },
  {
    id: 'actively-refused',
    keywords: ['actively refused'],
    regex: /No connection could be made because the target machine actively refused it(?:\.?\s(?<peer>[\w.:[\]%-]{1,255}))?/,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    platform: 'windows',
    note: 'WSAECONNREFUSED (10061): the host answered the SYN with an RST. Windows retries the SYN a few times after an RST before reporting it, so this takes about 2 s.',
  },
  {
    id: 'did-not-respond',
    keywords: ['did not properly respond after a period of time'],
    regex: /A connection attempt failed because the connected party did not properly respond after a period of time/,
    errno: 'ETIMEDOUT',
    phase: 'connect',
    platform: 'windows',
    note: 'WSAETIMEDOUT (10060): the connect got no answer before the SYN retries ran out (or an established connection stopped acknowledging).',
  },
  {
    id: 'aborted-by-host',
    keywords: ['aborted by the software in your host machine'],
    regex: /An established connection was aborted by the software in your host machine/,
    errno: 'ECONNABORTED',
    phase: 'unknown',
    platform: 'windows',
    note: 'WSAECONNABORTED (10053): the local stack aborted the connection, typically after data retransmissions timed out or the socket was closed under a pending operation.',
  },
  {
    id: 'no-such-host',
    keywords: ['no such host is known', 'name or service not known'],
    regex: /\bSocketException(?: \(\d{1,5}\))?: (?:No such host is known|Name or service not known)/,
    errno: 'ENOTFOUND',
    phase: 'dns',
    note: 'WSAHOST_NOT_FOUND (11001) on Windows, EAI_NONAME on Linux: the name did not resolve.',
  },
  {
    id: 'transport-read',
    keywords: ['data from the transport connection', 'data to the transport connection'],
    regex: /Unable to (?<call>read|write) data (?:from|to) the transport connection/,
    errno: null,
    kind: null,
    phase: 'from-call',
    note: "An IOException wrapping a SocketException; the inner message (after the colon) names the errno.",
  },
  {
    id: 'http-request-exception',
    keywords: ['httprequestexception: '],
    regex: /\bHttpRequestException: (?<message>[A-Z][a-z][a-z ]{1,60}[a-z])\.? \((?<peer>[\w.:[\]%-]{1,255})\)/,
    errno: 'from-message',
    phase: 'connect',
    note: "HttpClient on Linux and macOS: the connect() strerror text, then the host and port it tried.",
  },
  {
    id: 'name-try-again',
    keywords: ['resource temporarily unavailable'],
    // .NET on Linux turns getaddrinfo's EAI_AGAIN into SocketError.TryAgain and prints strerror(EAGAIN)'s words, with the
    // host and port it was resolving: `Resource temporarily unavailable (api.example.com:443)`. A TCP connect never
    // fails with EAGAIN on Linux, so in these shapes the words mean the resolver.
    regex: /\b(?:Extended)?SocketException(?: \((?:[\dA-Fa-fx]{1,10}, )?\d{1,5}\))?: Resource temporarily unavailable\b|\b(?:HttpRequestException: )?Resource temporarily unavailable \([\w.-]{1,255}:\d{1,5}\)/,
    peerRegex: /\bResource temporarily unavailable \((?<peer>[\w.-]{1,255}:\d{1,5})\)/,
    errno: 'EAI_AGAIN',
    supersedes: ['dotnet.http-request-exception', 'dotnet.socket-exception-code'],
    phase: 'dns',
    note: "The resolver got no answer in time (EAI_AGAIN), which .NET on Linux prints as `Resource temporarily unavailable`: the DNS server is down, unreachable or slow. Often transient; check the resolver configuration of the host or container.",
  },
  {
    id: 'operation-aborted',
    keywords: ['socketexception (995)', 'operation canceled', 'operationaborted'],
    regex: /\bSocketException \(995\)|\bSocketException(?: \(\d{1,5}\))?: Operation canceled\b|\bOperationAborted\b/,
    errno: null,
    kind: 'timer',
    origin: { code: 'OperationAborted' },
    phase: 'unknown',
    note: "SocketError.OperationAborted (WSA 995, ECANCELED on Linux): .NET cancelled the pending socket call itself, almost always because a timeout (HttpClient.Timeout, a CancellationToken) fired; the kernel reported nothing.",
  },
  {
    id: 'send-failure-tls',
    keywords: ['an unexpected error occurred on a send', 'unerwarteter fehler beim senden'],
    // The .NET Framework's WebException for SendFailure before a response (PowerShell 5's Invoke-WebRequest and
    // Invoke-RestMethod, WebClient): in practice the TLS handshake, the server resetting a ClientHello that offers only
    // TLS 1.0 or 1.1 (fixed by enabling TLS 1.2: ServicePointManager.SecurityProtocol, SchUseStrongCrypto). Also in German.
    regex: /\b(?:The underlying connection was closed: An unexpected error occurred on a send|Die zugrunde liegende Verbindung wurde geschlossen: Unerwarteter Fehler beim Senden)\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "The .NET Framework failed to send the request, almost always during the TLS handshake: the server refused the protocol version offered (TLS 1.0 by default in older .NET and Windows PowerShell 5). Enable TLS 1.2: `[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12`, or the SchUseStrongCrypto registry value.",
  },
]);
