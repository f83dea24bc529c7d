// Lets tests run socklab as `nobody`: from this checkout, or from a world-readable copy when the checkout is private.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The argv prefix that runs a command as nobody (needs root). */
export const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] as const;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A root directory holding package.json, dist/src and node_modules that nobody can read; cleanup removes a copy. */
export function runtimeForNobody(): { root: string; cleanup: () => void } {
  const probe = join(ROOT, 'dist/src/cli/bin.js');
  if (spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), 'test', '-r', probe]).status === 0) return { root: ROOT, cleanup: () => undefined };
  // CI may clone under a directory only root can enter (e.g. /root): copy what socklab needs at run time.
  const dir = mkdtempSync(join(tmpdir(), 'socklab-nobody-'));
  for (const part of ['package.json', 'dist/src', 'node_modules']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true, filter: (src) => !/node_modules\/(typescript|@types)(\/|$)/.test(src) });
  }
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  chmodSync(dir, 0o755);
  return { root: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
