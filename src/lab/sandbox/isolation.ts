// The one check before anything changes network state: proof, not trust, that this process is in namespaces socklab made.
import { readFileSync, readlinkSync, statSync } from 'node:fs';
import { netnsCreatedInOwnUserns } from '../../sys/net-namespace.js';
import { interfaceNames } from './netns-config.js';

let proven: { readonly problem: string | undefined } | undefined;

/**
 * Why this process must not change network state, or undefined when it may. Decided once per process, on the first
 * call, which must come before socklab adds interfaces: the namespace must look exactly as `unshare` made it.
 * Nothing in the environment is consulted, so a variable set by hand cannot turn the guard off.
 */
export function isolationProblem(): string | undefined {
  proven ??= { problem: findProblem() };
  return proven.problem;
}

function findProblem(): string | undefined {
  if (process.platform !== 'linux') return `network namespaces are a Linux feature (this is ${process.platform})`;
  // `unshare --map-root-user` writes one line mapping root to one outside uid; the initial namespace maps all 2^32.
  const uidMap = readFileSync('/proc/self/uid_map', 'utf8').trim().split('\n').map((line) => line.trim().split(/\s+/));
  if (uidMap.length !== 1 || uidMap[0]![0] !== '0' || uidMap[0]![2] !== '1') {
    return `not in a user namespace of socklab's (uid_map is ${JSON.stringify(uidMap.map((f) => f.join(' ')).join('; '))})`;
  }
  // A network namespace owned by our own user namespace was created after it, so it is not the host's nor any other.
  if (!netnsCreatedInOwnUserns()) return 'the network namespace was not created in this process\'s own user namespace';
  for (const [who, pid] of [['pid 1', 1], ['the parent', process.ppid]] as const) {
    for (const kind of ['user', 'net'] as const) {
      if (namespaceOf(pid, kind) === statSync(`/proc/self/ns/${kind}`).ino) return `the ${kind} namespace is the same as ${who}'s`;
    }
  }
  const interfaces = interfaceNames();
  if (interfaces.join(',') !== 'lo') return `the network namespace is not new: it has ${interfaces.join(', ')}`;
  return undefined;
}

/** The inode of process `pid`'s namespace of `kind`, or undefined when it is not ours to read (then ownership decides). */
function namespaceOf(pid: number, kind: 'user' | 'net'): number | undefined {
  try {
    return Number(/\[(\d+)\]/.exec(readlinkSync(`/proc/${pid}/ns/${kind}`))?.[1]);
  } catch {
    return undefined;
  }
}
