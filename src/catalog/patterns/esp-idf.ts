// ESP-IDF and Arduino on the ESP32: errno numbers in their log lines are newlib's, not Linux's (113 is ECONNABORTED).
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
]);
