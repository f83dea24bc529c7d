// The table of socklab's own error codes: one row per failure, alphabetical, codes permanent (see STYLE R11).
import { fileAdvice } from './file-advice.js';

/** One row of the error table: how the message reads, which exit code the CLI uses, which HTTP status the API sends. */
export interface ErrorCodeRow {
  readonly message: (details: Readonly<Record<string, unknown>>) => string;
  readonly exitCode: number;
  readonly httpStatus?: number;
}

const text = (v: unknown): string => String(v);

/** Every socklab error code. Codes identify a failure forever; messages may be reworded. */
export const ERROR_CODES = {
  SOCKLAB_CLIENTS_UNKNOWN_NAME: {
    message: (d) => `Unknown ${text(d.kind)} "${text(d.name)}".${d.suggestion === undefined ? '' : ` Did you mean ${text(d.suggestion)}?`} Known: ${text(d.known)}. Run \`socklab clients --list\` to see them.`,
    exitCode: 2,
  },
  SOCKLAB_CLI_BAD_OPTION: {
    message: (d) => `Invalid ${text(d.option)} "${text(d.value)}": expected ${text(d.accepts)}.${d.suggestion === undefined ? '' : ` Did you mean ${text(d.suggestion)}?`} Run \`socklab ${text(d.command)} --help\` for usage.`,
    exitCode: 2,
  },
  SOCKLAB_CLI_UNEXPECTED: {
    message: (d) => `unexpected failure: ${text(d.reason)}. This is a bug in socklab: please report it (SOCKLAB_DEBUG=1 prints where it happened).`,
    exitCode: 70,
  },
  SOCKLAB_CLI_USAGE: {
    message: (d) => `${text(d.problem)}. Run \`socklab ${text(d.command ?? '')} --help\` for usage.`.replace('  ', ' '),
    exitCode: 2,
  },
  SOCKLAB_DOCTOR_SERVE_FAILED: {
    message: (d) => `Cannot serve metrics on ${text(d.listen)}: ${text(d.reason)}`,
    exitCode: 2,
  },
  SOCKLAB_EXPLAIN_NOTHING_FOUND: {
    message: () => 'No socket error recognised in the input. Try an errno name (ECONNRESET), a number with --platform, or a log line.',
    exitCode: 1,
  },
  SOCKLAB_EXPLAIN_NO_MATCH: {
    message: (d) => `No errno in the catalog has "${text(d.search)}" in its name or message. \`socklab explain --list\` shows them all.`,
    exitCode: 1,
  },
  SOCKLAB_INPUT_UNREADABLE: {
    message: (d) => `Cannot read ${text(d.source)}: ${text(d.reason)}${fileAdvice(d.reason, 'read')}`,
    exitCode: 2,
  },
  SOCKLAB_LAB_CAPTURE_FAILED: {
    message: (d) => `Packet capture failed: ${text(d.reason)}.`,
    exitCode: 3,
  },
  SOCKLAB_LAB_SETUP_FAILED: {
    message: (d) => `Scenario setup failed${d.step === undefined ? '' : ` at ${text(d.step)}`}: ${text(d.reason)}.`,
    exitCode: 1,
  },
  SOCKLAB_LAB_UNKNOWN_SCENARIO: {
    message: (d) => `Unknown scenario "${text(d.id)}".${d.suggestion === undefined ? '' : ` Did you mean ${text(d.suggestion)}?`} Run \`socklab lab --list\` to see the scenarios.`,
    exitCode: 2,
  },
  SOCKLAB_LOOKUP_UNKNOWN_ERRNO: {
    message: (d) => `"${text(d.query)}" is not an errno socklab knows${d.platform ? ` on ${text(d.platform)}` : ''}.${d.suggestion === undefined ? '' : ` Did you mean ${text(d.suggestion)}?`}`,
    exitCode: 1,
  },
  SOCKLAB_NET_BAD_OPTION: {
    message: (d) => `Invalid ${text(d.option)} ${text(d.value)}: expected ${text(d.accepts)}.`,
    exitCode: 2,
  },
  SOCKLAB_OUTPUT_UNWRITABLE: {
    message: (d) => `Cannot write ${text(d.target)}: ${text(d.reason)}${fileAdvice(d.reason, 'write')}`,
    exitCode: 2,
  },
  SOCKLAB_PLATFORM_UNKNOWN: {
    message: (d) => `Unknown platform "${text(d.platform)}". Use one of: ${text(d.known)}.`,
    exitCode: 2,
  },
  SOCKLAB_PROBE_BAD_TARGET: {
    message: (d) => `"${text(d.target ?? '')}" is not a probe target: use host:port, or [ipv6]:port, with a port from 1 to 65535.`,
    exitCode: 2,
  },
  SOCKLAB_PROXY_ALREADY_EXISTS: {
    message: () => 'proxy already exists',
    exitCode: 1,
    httpStatus: 409,
  },
  SOCKLAB_PROXY_BAD_CONFIG: {
    message: (d) => `config ${text(d.file)}: ${text(d.detail)}`,
    exitCode: 2,
  },
  SOCKLAB_PROXY_BAD_REQUEST_BODY: {
    message: (d) => `bad request body${d.detail === undefined ? '' : `: ${text(d.detail)}`}`,
    exitCode: 2,
    httpStatus: 400,
  },
  SOCKLAB_PROXY_BAD_SERVER_URL: {
    message: (d) => `${JSON.stringify(text(d.url))} is not a server URL: use http://host:port (as in TOXIPROXY_URL).`,
    exitCode: 2,
  },
  SOCKLAB_PROXY_BROWSER_REFUSED: {
    message: (d) => `${text(d.what)} not allowed`,
    exitCode: 1,
    httpStatus: 403,
  },
  SOCKLAB_PROXY_HOST_NOT_ALLOWED: {
    message: (d) => `Host ${JSON.stringify(text(d.host))} not allowed: the API answers only to its listening address and loopback names (socklab proxy --allow-host adds one)`,
    exitCode: 1,
    httpStatus: 403,
  },
  SOCKLAB_PROXY_INVALID_ATTRIBUTE: {
    message: (d) => `bad request body: attribute ${text(d.attribute)} ${text(d.reason)}`,
    exitCode: 2,
    httpStatus: 400,
  },
  SOCKLAB_PROXY_INVALID_STREAM: {
    message: () => 'stream was invalid, can be either upstream or downstream',
    exitCode: 2,
    httpStatus: 400,
  },
  SOCKLAB_PROXY_INVALID_TOXIC_TYPE: {
    message: () => 'invalid toxic type',
    exitCode: 2,
    httpStatus: 400,
  },
  SOCKLAB_PROXY_LISTEN_FAILED: {
    message: (d) => `listen tcp ${text(d.listen)}: ${text(d.reason)}`,
    exitCode: 2,
    httpStatus: 500,
  },
  SOCKLAB_PROXY_MISSING_FIELD: {
    message: (d) => `missing required field: ${text(d.field)}`,
    exitCode: 2,
    httpStatus: 400,
  },
  SOCKLAB_PROXY_NOT_FOUND: {
    message: () => 'proxy not found',
    exitCode: 1,
    httpStatus: 404,
  },
  SOCKLAB_PROXY_REQUEST_REJECTED: {
    message: (d) => `${text(d.status)} from ${text(d.url)}: ${text(d.reason)}`,
    exitCode: 2,
  },
  SOCKLAB_PROXY_SERVER_ERROR: {
    message: (d) => `${text(d.status)} from ${text(d.url)}: ${text(d.reason)}`,
    exitCode: 1,
  },
  SOCKLAB_PROXY_SERVER_PORT_BLOCKED: {
    message: (d) => `fetch refuses to connect to port ${text(d.port)} (${text(d.url)}): browsers and Node block it, as the Fetch standard says ("bad port"). Run the API on another port (socklab proxy --port 8474) and name it with --server or TOXIPROXY_URL.`,
    exitCode: 2,
  },
  SOCKLAB_PROXY_TOXIC_ALREADY_EXISTS: {
    message: () => 'toxic already exists',
    exitCode: 1,
    httpStatus: 409,
  },
  SOCKLAB_PROXY_TOXIC_NOT_FOUND: {
    message: () => 'toxic not found',
    exitCode: 1,
    httpStatus: 404,
  },
  SOCKLAB_PROXY_UNAUTHORIZED: {
    message: () => 'missing or wrong bearer token: send Authorization: Bearer <token> (socklab toxic --token, or SOCKLAB_TOKEN)',
    exitCode: 1,
    httpStatus: 401,
  },
  SOCKLAB_PROXY_UNSUPPORTED_MEDIA_TYPE: {
    message: (d) => `bad request body: Content-Type must be application/json, not ${text(d.type)}`,
    exitCode: 2,
    httpStatus: 415,
  },
  SOCKLAB_SANDBOX_UNAVAILABLE: {
    message: (d) => `Cannot create a network namespace: ${text(d.reason)}. ${text(d.fix)}`,
    exitCode: 3,
  },
  SOCKLAB_SCAN_ERRORS_FOUND: {
    message: (d) => `${text(d.count)} socket error${d.count === 1 ? '' : 's'} found${d.allowed === 0 ? '' : ` (more than --max-errors ${text(d.allowed)})`}.`,
    exitCode: 1,
  },
  SOCKLAB_SYS_NO_SOCKET_FD: {
    message: (d) => `Cannot find a TCP socket file descriptor in ${text(d.target)}: ${text(d.reason)}.`,
    exitCode: 1,
  },
  SOCKLAB_SYS_UNSUPPORTED_PLATFORM: {
    message: (d) => `${text(d.feature)} is not supported on ${text(d.platform)}: socklab only knows the Linux constants and struct layouts.`,
    exitCode: 3,
  },
} as const satisfies Record<string, ErrorCodeRow>;

/** The union of socklab error codes, derived from the table. */
export type SocklabErrorCode = keyof typeof ERROR_CODES;
