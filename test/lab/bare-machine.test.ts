// The lab on a bare machine: with iptables, nft and tcpdump absent, every scenario runs and agrees, as root and as nobody.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { LabResult, ScenarioRun } from '../../src/lab/runner.js';
import type { IcmpPacketEvent, PacketEvent } from '../../src/lab/timeline.js';
import { SCENARIOS } from '../../src/lab/scenarios/index.js';
import { AS_NOBODY, runtimeForNobody } from '../helpers/nobody-runtime.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));
const asRoot = process.getuid?.() === 0;
const ABSENT = ['iptables', 'nft', 'tcpdump'];
const DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * As root: argv that runs `command` in a private mount namespace where every iptables, nft and tcpdump is covered by
 * an empty, non-executable file (root ignores PATH, so a trimmed PATH alone would prove nothing), after checking
 * that none of them can be run there. The mounts vanish with the namespace; the host's files are untouched.
 */
function withoutFirewallOrCapture(empty: string, command: readonly string[]): string[] {
  const paths = DIRS.flatMap((d) => ABSENT.map((n) => `${d}/${n}`)).join(' ');
  const script = `for f in ${paths}; do [ -e "$f" ] && mount --bind ${empty} "$f"; done; ` +
    `for f in ${paths}; do [ -x "$f" ] && { echo "still executable: $f" >&2; exit 9; }; done; exec "$@"`;
  return ['/usr/bin/unshare', '--mount', '--propagation', 'private', '/bin/sh', '-c', script, 'sh', ...command];
}

async function socklab<T>(argv: readonly string[]): Promise<T> {
  const { stdout } = await run(argv[0]!, argv.slice(1), { maxBuffer: 64 << 20, cwd: '/', env: { ...process.env, PATH: '/usr/bin:/bin' } })
    .catch((error: { stdout?: string; stderr?: string }) => {
      if (error.stdout?.startsWith('{') === true) return { stdout: error.stdout };
      throw new assert.AssertionError({ message: `socklab failed: ${error.stderr ?? String(error)}` });
    });
  return JSON.parse(stdout) as T;
}

const lab = (argv: readonly string[]): Promise<LabResult> => socklab<LabResult>(argv);

function assertEveryScenarioAgrees(result: LabResult): void {
  assert.equal(result.namespaces.available, true, result.namespaces.reason);
  assert.equal(result.runs.length, SCENARIOS.length);
  for (const scenario of result.runs) {
    assert.equal(scenario.status, 'ran', `${scenario.id}: ${scenario.reason ?? ''}`);
    assert.equal(scenario.isolated, true, `${scenario.id} ran in its own namespaces`);
    assert.equal(scenario.captured, true, `${scenario.id}: packets captured in-process, without tcpdump`);
    assert.ok(scenario.events.some((e) => e.kind === 'packet'), `${scenario.id} shows packets`);
    assert.equal(scenario.verdict.status, 'agrees', `${scenario.id}: ${JSON.stringify(scenario.verdict.checks)}`);
  }
}

/** Who runs socklab, and the argv that runs it with `args`. */
type Runner = readonly [who: string, argv: (args: readonly string[]) => string[]];

/**
 * Calls `body` with the ways to run socklab on a bare machine: as root and as nobody with iptables, nft and tcpdump
 * hidden; without root only as this user (no private mount namespace to hide them in, and socklab never looks for
 * iptables or nft, nor for tcpdump). Removes what it made afterwards.
 */
async function onBareMachine(body: (runners: readonly Runner[]) => Promise<void>): Promise<void> {
  if (!asRoot) return body([['user', (args) => [process.execPath, BIN, ...args]]]);
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bare-'));
  const runtime = runtimeForNobody();
  try {
    chmodSync(dir, 0o755);
    const empty = join(dir, 'absent');
    writeFileSync(empty, '', { mode: 0o644 });
    const nobodyBin = join(runtime.root, 'dist/src/cli/bin.cjs');
    await body([
      ['root', (args) => withoutFirewallOrCapture(empty, [process.execPath, BIN, ...args])],
      ['nobody', (args) => withoutFirewallOrCapture(empty, [...AS_NOBODY, process.execPath, nobodyBin, ...args])],
    ]);
  } finally {
    runtime.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('without iptables, nft and tcpdump, every scenario runs and agrees, as root and as nobody', { timeout: 180_000 }, async () => {
  await onBareMachine(async (runners) => {
    for (const [, argv] of runners) assertEveryScenarioAgrees(await lab(argv(['lab', '--json'])));
  });
});

/** What the issue asks each repro to show: the packet rows, with the router's ICMP and its code. */
const PACKETS_SHOWN: Readonly<Record<string, (packets: readonly PacketEvent[]) => void>> = {
  'etimedout-host-crash': (packets) => {
    assert.ok(packets.some((p) => p.label === 'SYN' && p.from === 'client'), 'SYN');
    assert.ok(packets.filter((p) => p.label.startsWith('PSH') && p.from === 'client').length >= 4, 'retransmissions');
  },
  'ehostunreach-connect': (packets) => {
    const icmp = packets.filter((p): p is IcmpPacketEvent => p.protocol === 'icmp');
    assert.deepEqual(icmp.map((p) => `${p.from} ${p.src.address} ${p.icmp.type}/${p.icmp.code}`), ['router 192.0.2.1 3/1', 'router 192.0.2.1 3/13']);
  },
  'server-reboot': (packets) => {
    assert.ok(packets.some((p) => p.label === 'SYN'), 'SYN');
    assert.ok(packets.some((p) => p.label === 'RST' && p.from === 'server'), 'the rebooted server\'s RST');
    assert.ok(packets.some((p) => p.label === 'RST,ACK' && p.from === 'server'), 'the refused reconnect');
  },
  'peer-closed-then-write': (packets) => {
    for (const label of ['SYN', 'SYN,ACK', 'FIN,ACK', 'RST']) assert.ok(packets.some((p) => p.label === label), label);
  },
};

test('repro shows the SYN, RST, FIN and the router\'s ICMP with its code, as root and as nobody, without tcpdump', { timeout: 180_000 }, async () => {
  await onBareMachine(async (runners) => {
    await Promise.all(runners.map(async ([who, argv]) => {
      for (const run of await Promise.all(Object.keys(PACKETS_SHOWN).map((id) => socklab<ScenarioRun>(argv(['repro', id, '--json']))))) {
        assert.equal(run.verdict.status, 'agrees', `${who} ${run.id}`);
        assert.equal(run.captured, true, `${who} ${run.id}`);
        PACKETS_SHOWN[run.id]!(run.events.filter((e): e is PacketEvent => e.kind === 'packet'));
      }
    }));
  });
});
