// repro without root, packets included: as `nobody` when the tests run as root, as the current user otherwise
// (the whole lab without root, and without iptables or tcpdump: bare-machine.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AS_NOBODY, runtimeForNobody } from '../helpers/nobody-runtime.js';

const execute = promisify(execFile);
const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));

/** Runs the CLI with `args` without root (setpriv drops to nobody for this one command); resolves stdout, even on exit 1. */
async function socklabUnprivileged(args: readonly string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  const runtime = asRoot ? runtimeForNobody() : undefined;
  const bin = runtime === undefined ? BIN : join(runtime.root, 'dist/src/cli/bin.cjs');
  const argv = asRoot ? [...AS_NOBODY, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const { stdout } = await execute(argv[0]!, argv.slice(1), { maxBuffer: 64 * 1024 * 1024, cwd: '/', env: { ...process.env, COLUMNS: '120' } })
    .catch((error: { stdout?: string; stderr?: string }) => {
      if (error.stdout !== undefined && error.stdout !== '') return { stdout: error.stdout };
      throw new assert.AssertionError({ message: `socklab ${args.join(' ')} without root failed: ${error.stderr ?? String(error)}` });
    }).finally(runtime?.cleanup);
  return stdout;
}

test('repro without root draws the SYN, FIN and RST, and --pcap writes them for tshark', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-unprivileged-'));
  chmodSync(dir, 0o777);
  const file = join(dir, 'peer-closed.pcapng');
  try {
    const text = await socklabUnprivileged(['repro', 'peer-closed-then-write', '--pcap', file]);
    for (const flags of ['SYN', 'SYN,ACK', 'FIN,ACK', 'RST']) assert.match(text, new RegExp(`:\\d+ [─◀]+ ${flags} [─▶]+ :\\d+ +seq \\d+`), `${flags} row`);
    assert.match(text, /Verdict: agrees/);
    const flags = execFileSync('tshark', ['-n', '-r', file, '-T', 'fields', '-e', 'tcp.flags.str'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const seen = flags.trim().split('\n').map((f) => f.replace(/[·\u00b7]/g, ''));
    assert.ok(seen.includes('S') && seen.includes('AF') && seen.includes('R'), seen.join(' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
