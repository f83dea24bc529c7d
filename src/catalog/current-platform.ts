// Maps the running Node process to the catalog platform whose errno numbers it uses.
import type { Platform } from './types.js';

const BY_OS: Partial<Record<NodeJS.Platform, Platform>> = { darwin: 'macos', freebsd: 'freebsd', openbsd: 'openbsd', win32: 'windows' };
const LINUX_BY_ARCH: Partial<Record<string, Platform>> = { mips: 'mips', mipsel: 'mips', mips64: 'mips', mips64el: 'mips', ppc: 'powerpc', ppc64: 'powerpc', sparc: 'sparc', sparc64: 'sparc', alpha: 'alpha', hppa: 'parisc', parisc: 'parisc' };

/** The platform this process runs on, as the catalog names it. */
export function currentPlatform(os: NodeJS.Platform = process.platform, arch: string = process.arch): Platform {
  if (os === 'linux' || os === 'android') return LINUX_BY_ARCH[arch] ?? 'linux';
  return BY_OS[os] ?? 'linux';
}
