// Checks the errno number table against the installed Linux headers, Node's constants and its documented rules.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ERRNO_NUMBERS } from '../../src/catalog/data/numbers.js';
import { ERRNO_NAMES, PLATFORMS, type ErrnoName } from '../../src/catalog/types.js';
import {
  GLIBC_BITS_ERRNO, GLIBC_NETDB, LINUX_ERRNO_HEADERS, linuxErrnoTable, parseErrnoHeader, readHeader, type LinuxPlatform,
} from '../helpers/errno-headers.js';

const LINUX_PLATFORMS = Object.keys(LINUX_ERRNO_HEADERS) as LinuxPlatform[];
// Names whose Linux numbers do not come from the kernel errno headers; each has its own test below.
const NOT_IN_KERNEL_HEADERS: readonly ErrnoName[] = ['ENOTSUP', 'ENOTFOUND', 'EAI_AGAIN'];

test('the header reader follows #undef and redefinition as the preprocessor does', () => {
  const root = mkdtempSync(join(tmpdir(), 'socklab-errno-'));
  const dir = join(root, 'include');
  try {
    mkdirSync(dir);
    writeFileSync(join(dir, 'base.h'), '#define\tEAGAIN\t\t11\n#define\tEDOM\t33\n');
    const file = join(dir, 'errno.h');
    writeFileSync(file, '#include <base.h>\n#undef\tEAGAIN\t/* 11 in base.h */\n#define\tEAGAIN\t35\n#define\tEWOULDBLOCK\tEAGAIN\n');
    const table = parseErrnoHeader(file, 'test');
    assert.equal(table.get('EAGAIN'), 35);
    assert.equal(table.get('EWOULDBLOCK'), 35);
    assert.equal(table.get('EDOM'), 33, 'the included header was read');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  assert.equal(linuxErrnoTable('alpha').get('EAGAIN'), 35, "alpha's asm/errno.h redefines EAGAIN as 35");
});

describe('every Linux column equals its kernel header', () => {
  for (const platform of LINUX_PLATFORMS) {
    test(`${platform} (${LINUX_ERRNO_HEADERS[platform].file})`, () => {
      const header = linuxErrnoTable(platform);
      for (const name of ERRNO_NAMES) {
        if (NOT_IN_KERNEL_HEADERS.includes(name)) continue;
        const expected = header.get(name) ?? null;
        assert.equal(ERRNO_NUMBERS[name][platform], expected, `${name} on ${platform}: header says ${String(expected)}`);
      }
    });
  }
});

test('ENOTSUP: glibc defines it as EOPNOTSUPP, so every Linux column carries EOPNOTSUPP', () => {
  assert.match(readHeader(GLIBC_BITS_ERRNO.file, GLIBC_BITS_ERRNO.pkg), /#\s*define\s+ENOTSUP\s+EOPNOTSUPP\b/);
  for (const platform of LINUX_PLATFORMS) {
    const eopnotsupp = linuxErrnoTable(platform).get('EOPNOTSUPP');
    assert.equal(linuxErrnoTable(platform).has('ENOTSUP'), false, `the ${platform} kernel header now defines ENOTSUP`);
    assert.equal(ERRNO_NUMBERS.ENOTSUP[platform], eopnotsupp, `ENOTSUP on ${platform}`);
  }
});

test('EAI_AGAIN: every Linux column is glibc netdb.h getaddrinfo() value', () => {
  const netdb = parseErrnoHeader(GLIBC_NETDB.file, GLIBC_NETDB.pkg, false);
  const expected = netdb.get('EAI_AGAIN');
  assert.equal(typeof expected, 'number', `${GLIBC_NETDB.file} defines EAI_AGAIN`);
  for (const platform of LINUX_PLATFORMS) assert.equal(ERRNO_NUMBERS.EAI_AGAIN[platform], expected, platform);
});

test('ENOTFOUND has no number anywhere (it is Node\'s name for EAI_NONAME and EAI_NODATA)', () => {
  for (const platform of PLATFORMS) assert.equal(ERRNO_NUMBERS.ENOTFOUND[platform], null, platform);
  assert.equal(Object.hasOwn(constants.errno, 'ENOTFOUND'), false);
});

describe('the linux column equals Node\'s os.constants.errno', () => {
  const nodeErrno: Readonly<Record<string, number>> = constants.errno;
  const known = ERRNO_NAMES.filter((name) => Object.hasOwn(nodeErrno, name));
  test('Node defines most catalog names on this machine', () => {
    assert.equal(process.platform, 'linux', 'this check reads Linux constants');
    assert.ok(known.length >= 40, `only ${known.length} names known to Node`);
  });
  for (const name of known) {
    test(name, () => assert.equal(ERRNO_NUMBERS[name].linux, nodeErrno[name]));
  }
});

describe('table shape and documented rules', () => {
  test('every name has every platform as a number or an explicit null', () => {
    assert.deepEqual(Object.keys(ERRNO_NUMBERS).sort(), [...ERRNO_NAMES].sort());
    for (const name of ERRNO_NAMES) {
      assert.deepEqual(Object.keys(ERRNO_NUMBERS[name]).sort(), [...PLATFORMS].sort(), name);
      for (const platform of PLATFORMS) {
        const value: unknown = ERRNO_NUMBERS[name][platform];
        assert.ok(value === null || Number.isInteger(value), `${name}/${platform} is ${String(value)}`);
      }
    }
  });

  test('EWOULDBLOCK shares EAGAIN\'s number on every POSIX platform', () => {
    for (const platform of PLATFORMS.filter((p) => p !== 'windows')) {
      assert.equal(ERRNO_NUMBERS.EWOULDBLOCK[platform], ERRNO_NUMBERS.EAGAIN[platform], platform);
    }
  });

  test('ENOTSUP equals EOPNOTSUPP on Linux and FreeBSD, but not on macOS or OpenBSD', () => {
    for (const platform of [...LINUX_PLATFORMS, 'freebsd'] as const) {
      assert.equal(ERRNO_NUMBERS.ENOTSUP[platform], ERRNO_NUMBERS.EOPNOTSUPP[platform], platform);
    }
    assert.deepEqual([ERRNO_NUMBERS.ENOTSUP.macos, ERRNO_NUMBERS.EOPNOTSUPP.macos], [45, 102]);
    assert.deepEqual([ERRNO_NUMBERS.ENOTSUP.openbsd, ERRNO_NUMBERS.EOPNOTSUPP.openbsd], [91, 45]);
  });

  test('Windows numbers are WinSock codes (10000 and up) and POSIX-only names are null there', () => {
    for (const name of ERRNO_NAMES) {
      const value = ERRNO_NUMBERS[name].windows;
      assert.ok(value === null || value >= 10000, `${name} is ${String(value)}`);
    }
    for (const name of ['EPIPE', 'EPERM', 'ENOMEM', 'EPROTO'] as const) assert.equal(ERRNO_NUMBERS[name].windows, null, name);
  });

  test('EAI_AGAIN off Linux: 2 in the BSD and Apple (Libinfo) netdb.h, -3 on OpenBSD, WSATRY_AGAIN on Windows', () => {
    assert.deepEqual(
      [ERRNO_NUMBERS.EAI_AGAIN.freebsd, ERRNO_NUMBERS.EAI_AGAIN.macos, ERRNO_NUMBERS.EAI_AGAIN.openbsd, ERRNO_NUMBERS.EAI_AGAIN.windows],
      [2, 2, -3, 11002],
    );
  });

  test('ECONNABORTED matches the known cross-platform values', () => {
    assert.deepEqual(ERRNO_NUMBERS.ECONNABORTED, {
      linux: 103, alpha: 53, mips: 130, sparc: 53, parisc: 231, powerpc: 103, freebsd: 53, macos: 53, openbsd: 53, windows: 10053,
      newlib: 113,
    });
  });

  test("newlib's socket errnos (sys/errno.h, as ESP-IDF numbers them) differ from Linux's from ECONNABORTED on", () => {
    const newlib = (names: readonly ErrnoName[]): (number | null)[] => names.map((name) => ERRNO_NUMBERS[name].newlib);
    assert.deepEqual(newlib(['ECONNRESET', 'ECONNREFUSED', 'EADDRINUSE', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'EINPROGRESS', 'ENOTCONN']), [104, 111, 112, 113, 116, 118, 119, 128]);
    assert.deepEqual(newlib(['ENFILE', 'EMFILE', 'EPIPE', 'EAI_AGAIN']), [23, 24, 32, null]);
  });
});
