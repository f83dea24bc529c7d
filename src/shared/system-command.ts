// Finds the system programs socklab runs (ip, ss, unshare, setpriv) by absolute path, with no shell; root never uses PATH.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** The system's own program directories: the only ones searched when running as root, whatever PATH says. */
export const SYSTEM_DIRS: readonly string[] = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];

const found = new Map<string, string | undefined>();

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The absolute path of program `name`, or undefined when there is none. As root (including root of a user
 * namespace), only SYSTEM_DIRS are searched, so a directory put first on PATH cannot substitute a program;
 * otherwise PATH, then SYSTEM_DIRS (a Debian user's PATH lacks /usr/sbin, where `ip` and `ss` live).
 */
export function commandPath(name: string): string | undefined {
  if (found.has(name)) return found.get(name);
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter((dir) => isAbsolute(dir));
  const dirs = process.geteuid?.() === 0 ? SYSTEM_DIRS : [...fromPath, ...SYSTEM_DIRS];
  const path = name.includes('/') ? undefined : dirs.map((dir) => join(dir, name)).find(isExecutableFile);
  found.set(name, path);
  return path;
}
