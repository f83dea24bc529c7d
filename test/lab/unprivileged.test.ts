// The lab runs without root: as `nobody` when the tests run as root, as the current user otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { LabResult } from '../../src/lab/runner.js';
import { SCENARIOS } from '../../src/lab/scenarios/index.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

/** The bin path nobody can run: this checkout's, or a world-readable copy of the runtime when the checkout is private. */
function binForNobody(): { bin: string; cleanup: () => void } {
  if (spawnSync(AS_NOBODY[0]!, [...AS_NOBODY.slice(1), 'test', '-r', BIN]).status === 0) return { bin: BIN, cleanup: () => undefined };
  // CI may clone under a directory only root can enter (e.g. /root): copy what the CLI needs at run time.
  const dir = mkdtempSync(join(tmpdir(), 'socklab-nobody-'));
  for (const part of ['package.json', 'dist/src', 'node_modules']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true, filter: (src) => !/node_modules\/(typescript|@types)(\/|$)/.test(src) });
  }
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  chmodSync(dir, 0o755);
  return { bin: join(dir, 'dist/src/cli/bin.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('every scenario runs and agrees with the catalog without root', { timeout: 60_000 }, async () => {
  const asRoot = process.getuid?.() === 0;
  // setpriv drops to nobody for this one command.
  const { bin, cleanup } = asRoot ? binForNobody() : { bin: BIN, cleanup: () => undefined };
  const argv = asRoot ? [...AS_NOBODY, process.execPath, bin, 'lab', '--json'] : [process.execPath, bin, 'lab', '--json'];
  const { stdout } = await run(argv[0]!, argv.slice(1), { maxBuffer: 64 * 1024 * 1024, cwd: '/' }).catch((error: { stdout?: string; stderr?: string }) => {
    if (error.stdout?.startsWith('{') === true) return { stdout: error.stdout };
    throw new assert.AssertionError({ message: `lab as nobody failed: ${error.stderr ?? String(error)}` });
  }).finally(cleanup);
  const result = JSON.parse(stdout) as LabResult;
  assert.equal(result.namespaces.available, true, 'user namespaces work unprivileged here');
  assert.equal(result.runs.length, SCENARIOS.length);
  for (const scenario of result.runs) {
    assert.equal(scenario.status, 'ran', `${scenario.id}: ${scenario.reason ?? ''}`);
    assert.equal(scenario.isolated, true, `${scenario.id} ran in its own namespace`);
    assert.equal(scenario.captured, false, 'no capture without root');
    assert.equal(scenario.verdict.status, 'agrees', `${scenario.id}: ${JSON.stringify(scenario.verdict.checks)}`);
  }
});
