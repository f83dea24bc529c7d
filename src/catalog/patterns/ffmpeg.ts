// FFmpeg's own wording of a socket error it has no text for: `Error number -10054 occurred` on Windows builds.
import { definePatternTable } from '../pattern.js';

/** Patterns for FFmpeg's av_strerror() fallback (ffmpeg, ffplay, and players and recorders built on libavformat). */
export const ffmpeg = definePatternTable('ffmpeg', [
  {
    id: 'winsock-error-number',
    keywords: ['error number -100', 'error number -110'],
    // av_strerror() prints a negated code it has no text for as `Error number -N occurred`; on Windows the CRT's
    // strerror() knows no WinSock codes, so every socket error of a Windows build reads this way (-10054 WSAECONNRESET,
    // -10053 WSAECONNABORTED, -10048 WSAEADDRINUSE). Other numbers (the CRT's own -138 for ETIMEDOUT) are not WinSock's.
    regex: /\bError number -(?<number>100\d{2}|110\d{2}) occurred\b/,
    errno: 'from-number',
    platform: 'windows',
    phase: 'unknown',
    note: 'A WinSock error that FFmpeg on Windows could only print as its number: the socket call under the stream (an HTTP, RTMP or TCP input or output) failed with it.',
  },
]);
