// Runs a compiled script inside a throwaway user+network namespace and returns the JSON it prints; helpers for inside it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { isolationProblem } from '../../src/lab/sandbox/isolation.js';
import { namespaceSupport, spawnInNamespaces } from '../../src/lab/sandbox/namespace.js';
import { commandPath } from '../../src/shared/system-command.js';

/** Spawns `node script args` in fresh namespaces the way the lab does (as nobody when root), parses its last stdout line. */
export function runInNetns<T>(script: string, args: readonly string[] = [], timeoutMs = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const support = namespaceSupport();
    if (!support.available) return reject(new Error(`no namespaces here: ${support.reason ?? ''}`));
    const child = spawnInNamespaces(script, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(Object.assign(new Error(`netns script exited ${code}: ${err}`), { stdout: out }));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`netns script printed no JSON: ${out} ${err}`));
      }
    });
  });
}

/**
 * Exits unless this process is proven to be in fresh namespaces of socklab's (the lab's own check, which trusts no
 * environment variable): the helpers below change network state and must never touch the host's. The first call
 * must come before any interface is added.
 */
export function assertThrowawayNetns(): void {
  const problem = isolationProblem();
  if (problem !== undefined) {
    process.stderr.write(`refusing to run: not inside a throwaway network namespace (start it with runInNetns): ${problem}\n`);
    process.exit(3);
  }
}

function ip(...args: string[]): void {
  assertThrowawayNetns();
  execFileSync(commandPath('ip') ?? 'ip', args);
}

/** Inside the namespace: bring loopback up (a new netns starts with lo down). */
export function loopbackUp(): void {
  ip('link', 'set', 'lo', 'up');
}

/** The address of the host behind the silent link: once silenced, packets to it leave and nothing ever answers. */
export const SILENT_HOST = '192.0.2.2';
/** This side's address on the silent link: connections to SILENT_HOST must come from it to outlive the silencing. */
export const NEAR_ADDRESS = '192.0.2.1';

/**
 * Inside the namespace: a veth pair `near`/`far` with SILENT_HOST on `far`, so connections to it complete (over
 * loopback, as it is local). silenceHost() takes the address away: from then on packets to it go out `near` to a
 * fixed link-layer address that nothing owns, and are dropped without an answer, like a crashed host's.
 */
export function addSilentHost(): void {
  ip('link', 'add', 'near', 'type', 'veth', 'peer', 'name', 'far');
  ip('addr', 'add', `${NEAR_ADDRESS}/24`, 'dev', 'near');
  ip('addr', 'add', `${SILENT_HOST}/32`, 'dev', 'far');
  ip('link', 'set', 'near', 'up');
  ip('link', 'set', 'far', 'up');
  // A permanent neighbour entry: no ARP, so no "host unreachable" once the address is gone, only silence.
  ip('neigh', 'replace', SILENT_HOST, 'lladdr', '02:00:00:00:00:02', 'dev', 'near', 'nud', 'permanent');
}

/** Inside the namespace: SILENT_HOST stops answering (see addSilentHost); established connections to it stay open. */
export function silenceHost(): void {
  ip('addr', 'del', `${SILENT_HOST}/32`, 'dev', 'far');
}

/** Inside the namespace: set a per-namespace sysctl such as net/ipv4/tcp_syn_retries. */
export function setNetnsSysctl(name: string, value: string): void {
  assertThrowawayNetns();
  writeFileSync(`/proc/sys/${name}`, value);
}
