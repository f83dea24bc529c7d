// Builds into a fresh directory and swaps it in, so dist/ always holds a complete build with an executable bin.
// Used by `npm run build`, `prepare` and the test command; a failed build leaves the previous dist/ in place.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';

const next = `dist.next-${process.pid}`;
const old = `dist.old-${process.pid}`;
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', next], { stdio: 'inherit' });
if (tsc.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(tsc.status ?? 1);
}
chmodSync(`${next}/src/cli/bin.js`, 0o755);
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
