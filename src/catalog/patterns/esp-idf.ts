// ESP-IDF and Arduino on the ESP32 (and the ESP8266's Arduino core): errno numbers in their log lines are newlib's, not
// Linux's (113 is ECONNABORTED), and the Arduino HTTPClient's codes are its own.
import { definePatternTable } from '../pattern.js';

// The two log formats: ESP-IDF's `E (145984) tag: ` (level, milliseconds since boot, tag) and arduino-esp32's
// `[E][WiFiClient.cpp:258] connect(): ` (level, file and line, function), which newer cores precede with `[  1880]`.
const PREFIX = String.raw`(?:^|[\s\x60\]])(?:[EWID] \(\d{1,10}\) [\w.-]{1,40}: |\[[EWIDV]\]\[[\w.-]{1,60}:\d{1,5}\] [\w:~]{1,60}\(\): )`;

/** Patterns for errno numbers in ESP-IDF's and arduino-esp32's log lines. */
export const espIdf = definePatternTable('esp-idf', [
  {
    id: 'errno-number',
    keywords: ['errno'],
    // `E (145984) example: ... socket connect failed errno=113`, `[E][WiFiClient.cpp:258] connect(): socket error on fd
    // 54, errno: 113, "Software caused connection abort"`. ESP-IDF's lwIP takes its errno values from newlib's
    // sys/errno.h, whose socket numbers differ from Linux's from 113 on (Linux 113 is EHOSTUNREACH, newlib's is 118).
    regex: new RegExp(`${PREFIX}[^\\n]{0,200}?\\berrno(?: ?[=:] ?| )(?<number>\\d{1,3})\\b`),
    errno: 'from-number',
    phase: 'unknown',
    platform: 'newlib',
    note: "A socket call on the ESP32 failed with this errno, numbered as newlib numbers it (113 ECONNABORTED: lwIP aborted the connection, often a connect that got no answer or a refused one; 118 EHOSTUNREACH; 128 ENOTCONN).",
  },
  {
    id: 'httpclient-connect-failed',
    keywords: ['failed, error: connection refused', 'error(-1): connection refused', 'httpc_error_connection_refused', '-1 (connection refused)'],
    // The Arduino HTTPClient (arduino-esp32's and the ESP8266 core's) returns HTTPC_ERROR_CONNECTION_REFUSED (-1), whose
    // errorToString() is `connection refused`, whenever its client's connect() returns false: a failed lookup, a TLS
    // handshake or certificate check, a connect timer, or a refusal. Its sketches print `[HTTP] GET... failed, error:
    // connection refused`, its debug log `[HTTP-Client][returnError] error(-1): connection refused` (users' threads:
    // arduino-esp32#3804, esp8266/Arduino#7181 and #7052, tutorial-esp8266-http-p2p#1). No kernel errno is in the line.
    regex: /\[HTTP\][^\n]{0,40}?\bfailed, error: connection refused\b|\berror\(-1\): connection refused\b|\bHTTPC_ERROR_CONNECTION_REFUSED\b|\b(?:error|code|returns?|exits? with(?: error)?)[:= ]{1,3}-1 \(connection refused\)/i,
    supersedes: ['libc.strerror'],
    errno: null,
    kind: null,
    origin: { by: 'the Arduino HTTPClient', code: 'HTTPC_ERROR_CONNECTION_REFUSED' },
    phase: 'connect',
    note: "The Arduino HTTPClient's -1 (HTTPC_ERROR_CONNECTION_REFUSED): its connect() failed, for any reason. The name was not resolved, the TLS handshake or certificate check failed (WiFiClientSecure without a CA or setInsecure()), no answer came, or the server refused: turn on the core's debug log (its WiFiClient or ssl_client line says which).",
  },
]);
