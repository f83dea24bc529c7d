// Captures the packets of a scenario with tcpdump inside its namespace and turns them into timeline events.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { SocklabError } from '../../errors/socklab-error.js';
import type { Endpoint, PacketEvent } from '../timeline.js';
import { hasCommand, parentDeathGuard } from './namespace.js';

/** A running capture; `stop()` returns its packets with times relative to `startedAt`. */
export interface Capture {
  stop(startedAt: number): Promise<PacketEvent[]>;
}

const TCP_FLAGS: Readonly<Record<string, string>> = { S: 'SYN', '.': 'ACK', F: 'FIN', R: 'RST', P: 'PSH', U: 'URG', E: 'ECE', W: 'CWR' };

function flagLabel(flags: string): string {
  const names = [...flags].map((f) => TCP_FLAGS[f] ?? f);
  // Put ACK last as tcpdump's `S.` reads "SYN, ACK".
  return names.sort((a, b) => Number(a === 'ACK') - Number(b === 'ACK')).join(',');
}

/** Parses one `tcpdump -n -tt` line into a packet, mapping addresses to endpoints; null for lines it does not know. */
export function parseTcpdumpLine(line: string, roles: ReadonlyMap<string, Endpoint>, startedAt: number): PacketEvent | null {
  const tcp = /^(\d+\.\d+) IP6? (\S+?)\.(\d+) > (\S+?)\.(\d+): Flags \[([^\]]*)\].*?length (\d+)/.exec(line);
  const role = (address: string): Endpoint | 'network' => roles.get(address) ?? 'network';
  if (tcp !== null) {
    const [, time, src, , dst, , flags, length] = tcp;
    const size = Number(length);
    const label = `${flagLabel(flags!)}${size > 0 ? ` ${size}B` : ''}`;
    return { kind: 'packet', t: round(Number(time) * 1000 - startedAt), from: role(src!), to: role(dst!), label, length: size };
  }
  const icmp = /^(\d+\.\d+) IP6? (\S+) > (\S+): ICMP6? (.*?), length (\d+)/.exec(line);
  if (icmp !== null) {
    const [, time, , dst, what, length] = icmp;
    return { kind: 'packet', t: round(Number(time) * 1000 - startedAt), from: 'network', to: role(dst!), label: `ICMP ${what!.replace(/ \d+\.\d+\.\d+\.\d+( protocol \d+)?( port \d+)?/, '')}`, length: Number(length) };
  }
  return null;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Why packets cannot be captured here, or undefined when they can. */
export function captureProblem(): string | undefined {
  // tcpdump cannot run inside an unprivileged user namespace (it fails to drop privileges: setgroups is denied),
  // so the runner captures from outside, entering only the scenario's network namespace, which needs real root.
  if (process.getuid?.() !== 0) return 'packet capture needs root (run socklab as root to see packets)';
  if (!hasCommand('tcpdump')) return 'packet capture needs tcpdump (apt-get install tcpdump)';
  if (!hasCommand('nsenter')) return 'packet capture needs nsenter (apt-get install util-linux)';
  return undefined;
}

/** Starts tcpdump on the loopback of process `pid`'s network namespace and resolves once it is listening. */
export async function startCapture(pid: number, roles: ReadonlyMap<string, Endpoint>): Promise<Capture> {
  // -Z root: dropping to the tcpdump user would change credentials, and the kernel then clears the parent-death
  // signal (commit_creds), so a killed socklab would leave tcpdump running and holding the namespace alive.
  const argv = [...parentDeathGuard(), 'nsenter', `--net=/proc/${pid}/ns/net`, 'tcpdump', '-Z', 'root', '--immediate-mode', '-n', '-tt', '-l', '-U', '-i', 'lo', 'tcp or icmp or icmp6'];
  const child: ChildProcess = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    let errors = '';
    const timer = setTimeout(() => reject(new SocklabError('SOCKLAB_LAB_CAPTURE_FAILED', { reason: `tcpdump did not start in 3 s: ${errors.trim()}` })), 3000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
      if (errors.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new SocklabError('SOCKLAB_LAB_CAPTURE_FAILED', { reason: `tcpdump exited: ${errors.trim()}` }));
    });
  });
  return {
    async stop(startedAt: number): Promise<PacketEvent[]> {
      // Give the last packets time to reach the capture buffer before stopping.
      await new Promise((r) => setTimeout(r, 30));
      const exited = once(child, 'exit');
      child.kill('SIGINT');
      await exited;
      return output.split('\n').map((l) => parseTcpdumpLine(l, roles, startedAt)).filter((p): p is PacketEvent => p !== null);
    },
  };
}
