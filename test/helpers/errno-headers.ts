// Reads errno numbers from the installed Linux kernel headers, following their includes and aliases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../src/catalog/types.js';

/** The Linux columns of the catalog: the platforms whose numbers come from installed kernel headers. */
export type LinuxPlatform = Extract<Platform, 'linux' | 'alpha' | 'mips' | 'sparc' | 'parisc' | 'powerpc'>;

/** Where each Linux column's errno.h lives and which Debian package installs it. */
export const LINUX_ERRNO_HEADERS: Readonly<Record<LinuxPlatform, { readonly file: string; readonly pkg: string }>> = {
  linux: { file: '/usr/include/asm-generic/errno.h', pkg: 'linux-libc-dev' },
  alpha: { file: '/usr/alpha-linux-gnu/include/asm/errno.h', pkg: 'linux-libc-dev-alpha-cross' },
  mips: { file: '/usr/mips-linux-gnu/include/asm/errno.h', pkg: 'linux-libc-dev-mips-cross' },
  sparc: { file: '/usr/sparc64-linux-gnu/include/asm/errno.h', pkg: 'linux-libc-dev-sparc64-cross' },
  parisc: { file: '/usr/hppa-linux-gnu/include/asm/errno.h', pkg: 'linux-libc-dev-hppa-cross' },
  powerpc: { file: '/usr/powerpc-linux-gnu/include/asm/errno.h', pkg: 'linux-libc-dev-powerpc-cross' },
};

/** glibc's netdb.h, the source of the getaddrinfo() codes in every Linux column. */
export const GLIBC_NETDB = { file: '/usr/include/netdb.h', pkg: 'libc6-dev' } as const;

/** glibc's bits/errno.h for this machine, where userspace names the kernel lacks (ENOTSUP) are defined. */
export const GLIBC_BITS_ERRNO = { file: `/usr/include/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/bits/errno.h`, pkg: 'libc6-dev' } as const;

const DEFINE = /^\s*#\s*define\s+(E[A-Z0-9_]+)\s+\(?\s*(-?\d+|E[A-Z0-9_]+)\s*\)?/;
const UNDEF = /^\s*#\s*undef\s+(E[A-Z0-9_]+)\b/;
const INCLUDE = /^\s*#\s*include\s+<([^>]+)>/;

/** A header's text; throws naming the Debian package to install when the file is absent. */
export function readHeader(file: string, pkg: string): string {
  // A missing header must fail loudly with the fix, never turn into a skipped test.
  if (!existsSync(file)) throw new Error(`${file} is missing: install the Debian package ${pkg} (apt-get install ${pkg})`);
  return readFileSync(file, 'utf8');
}

/** The include root of a header: `/usr/<triplet>/include` or `/usr/include`. */
function includeRoot(file: string): string {
  const marker = '/include/';
  return file.slice(0, file.indexOf(marker) + marker.length - 1);
}

function collect(file: string, pkg: string, raw: Map<string, string>, seen: Set<string>, follow: boolean): void {
  if (seen.has(file)) return;
  seen.add(file);
  for (const line of readHeader(file, pkg).split('\n')) {
    const inc = INCLUDE.exec(line);
    // The arch headers include <asm-generic/...> from their own cross tree, so resolve against that root.
    if (follow && inc?.[1] !== undefined) collect(join(includeRoot(file), inc[1]), pkg, raw, seen, follow);
    // As the preprocessor does: `#undef` forgets a macro, and the definition in force is the last one read
    // (alpha's asm/errno.h undefines errno-base.h's EAGAIN 11 and redefines it as 35).
    const undef = UNDEF.exec(line);
    if (undef?.[1] !== undefined) raw.delete(undef[1]);
    const def = DEFINE.exec(line);
    if (def?.[1] !== undefined && def[2] !== undefined) raw.set(def[1], def[2]);
  }
}

/**
 * Every `E*` macro a header defines, with aliases such as `EWOULDBLOCK EAGAIN` resolved; `followIncludes` also
 * reads the headers it includes (the kernel errno headers need it; glibc's netdb.h must not, its includes vary).
 */
export function parseErrnoHeader(file: string, pkg: string, followIncludes = true): Map<string, number> {
  const raw = new Map<string, string>();
  collect(file, pkg, raw, new Set(), followIncludes);
  const resolved = new Map<string, number>();
  const resolve = (name: string, depth: number): number | undefined => {
    const value = raw.get(name);
    if (value === undefined || depth > 8) return undefined;
    return /^-?\d+$/.test(value) ? Number(value) : resolve(value, depth + 1);
  };
  for (const name of raw.keys()) {
    const n = resolve(name, 0);
    if (n !== undefined) resolved.set(name, n);
  }
  return resolved;
}

/** The parsed errno table of one Linux column; throws naming the Debian package when the header is absent. */
export function linuxErrnoTable(platform: LinuxPlatform): Map<string, number> {
  const { file, pkg } = LINUX_ERRNO_HEADERS[platform];
  return parseErrnoHeader(file, pkg);
}
