// librtmp (rtmpdump's library, used by FFmpeg builds, OBS and mobile streaming SDKs): `WriteN, RTMP send error 104`.
import { definePatternTable } from '../pattern.js';

/** Patterns for librtmp's socket error lines. */
export const librtmp = definePatternTable('librtmp', [
  {
    id: 'send-error',
    keywords: ['rtmp send error '],
    // WriteN() logs the errno of the failed send() with the bytes it tried: `RTMP send error 104 (136 bytes)` is
    // ECONNRESET, `32` EPIPE (the RTMP server closed the publishing connection).
    regex: /\bRTMP send error (?<number>\d{1,5})\b/,
    errno: 'from-number',
    phase: 'write',
    note: 'librtmp could not send to the RTMP server: send() failed with this errno (a reset or a broken pipe: the server or a proxy dropped the stream, often for a bad stream key, a codec it refuses, or an upload slower than the stream).',
  },
]);
