// Runs a compiled script inside a throwaway user+network namespace and returns the JSON it prints; helpers for inside it.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PARENT_NETNS_ENV, currentNetns, inOtherNetns, namespaceSupport } from '../../src/lab/sandbox/namespace.js';

/** Spawns `node script args` under `unshare --user --map-root-user --net` (killed with its parent), parses its last stdout line. */
export function runInNetns<T>(script: string, args: readonly string[] = [], timeoutMs = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    // Without namespace support the prefix runs the script unisolated, and assertThrowawayNetns() stops it.
    const argv = [...namespaceSupport().prefix, process.execPath, script, ...args];
    const child = spawn(argv[0]!, argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, [PARENT_NETNS_ENV]: currentNetns() },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
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
 * Exits unless this process is in a network namespace other than the one runInNetns() was called from (passed in
 * SOCKLAB_PARENT_NETNS): the helpers below change network state and must never touch the host's when a script is
 * started by hand.
 */
export function assertThrowawayNetns(): void {
  if (!inOtherNetns()) {
    process.stderr.write('refusing to run: not inside a throwaway network namespace (start it with runInNetns)\n');
    process.exit(3);
  }
}

/** Inside the namespace: bring loopback up (a new netns starts with lo down). */
export function loopbackUp(): void {
  assertThrowawayNetns();
  execFileSync('ip', ['link', 'set', 'lo', 'up']);
}

/** Inside the namespace: drop every TCP packet to `port` arriving on loopback (iptables-nft, this netns only). */
export function dropTcpTo(port: number): void {
  assertThrowawayNetns();
  execFileSync('iptables', ['-A', 'INPUT', '-p', 'tcp', '--dport', String(port), '-j', 'DROP']);
}

/** Inside the namespace: set a per-namespace sysctl such as net/ipv4/tcp_syn_retries. */
export function setNetnsSysctl(name: string, value: string): void {
  assertThrowawayNetns();
  writeFileSync(`/proc/sys/${name}`, value);
}
