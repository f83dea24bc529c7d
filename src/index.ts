// socklab's public API: every export is named here; anything not listed is internal.
export { SocklabError } from './errors/socklab-error.js';
export type { SocklabErrorCode } from './errors/error-codes.js';
export { isSocklabError } from './errors/is-socklab-error.js';
export { SystemCallError } from './errors/system-call-error.js';
export { PLATFORMS, ERRNO_NAMES } from './catalog/types.js';
export type { Platform, ErrnoName, ErrnoEntry, CallEffect, LinuxNote, SocketCall, RetryAdvice, PlatformNumbers } from './catalog/types.js';
