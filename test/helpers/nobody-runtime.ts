// Lets tests run socklab as `nobody`: from this checkout, or from a world-readable copy when the checkout is private.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The argv prefix that runs a command as nobody (needs root). */
export const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] as const;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A root directory holding package.json, dist/src and node_modules that nobody can read; cleanup removes a copy. */
export function runtimeForNobody(): { root: string; cleanup: () => void } {
  const probe = join(ROOT, 'dist/src/cli/bin.cjs');
  if (spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), 'test', '-r', probe]).status === 0) return { root: ROOT, cleanup: () => undefined };
  // CI may clone under a directory only root can enter (e.g. /root): copy what socklab needs at run time.
  return installedCopy();
}

/** A world-readable copy of what an install of socklab holds (package.json, dist/src, the production dependencies). */
export function installedCopy(): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-nobody-'));
  // Only the production dependencies (package-lock's non-dev entries): a few MB instead of 76, and the runs as nobody
  // prove the product needs nothing that only the tests install.
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const production = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && entry.dev !== true).map(([path]) => path);
  for (const part of ['package.json', 'dist/src', ...production]) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  chmodSync(dir, 0o755);
  return { root: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
