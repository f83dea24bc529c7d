// Decides how scenario processes are started: inside a throwaway user+network namespace when the kernel allows it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';

/** Whether this host can create socklab's throwaway namespaces, and the command prefix that does it. */
export interface NamespaceSupport {
  readonly available: boolean;
  /** Why not, and how to fix it, when unavailable. */
  readonly reason?: string;
  /** argv prefix that starts a process in a fresh namespace that dies with its last process. */
  readonly prefix: readonly string[];
}

const UNSHARE = ['unshare', '--user', '--map-root-user', '--net'];

/** True when `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** argv prefix that kills the started process when its parent dies (setpriv), or nothing where setpriv is missing. */
export function parentDeathGuard(): string[] {
  return hasCommand('setpriv') ? ['setpriv', '--pdeathsig', 'KILL'] : [];
}

/** The identity of this process's network namespace (e.g. `net:[4026531840]`). */
export function currentNetns(): string {
  return readlinkSync('/proc/self/ns/net');
}

/** Environment variable through which a launcher tells a namespaced process the launcher's own namespace. */
export const PARENT_NETNS_ENV = 'SOCKLAB_PARENT_NETNS';

/** True only in a network namespace other than the launcher's (`parent`): the one check before changing network state. */
export function inOtherNetns(parent: string | undefined = process.env[PARENT_NETNS_ENV]): boolean {
  return parent !== undefined && parent !== '' && currentNetns() !== parent;
}

let cached: NamespaceSupport | undefined;

/** Probes once whether `unshare --user --map-root-user --net` works here. */
export function namespaceSupport(): NamespaceSupport {
  if (cached !== undefined) return cached;
  // setpriv's parent-death signal kills the scenario process (and with it the namespace) if socklab is killed.
  const guard = parentDeathGuard();
  if (process.platform !== 'linux') {
    cached = { available: false, reason: `network namespaces are a Linux feature (this is ${process.platform})`, prefix: guard };
    return cached;
  }
  try {
    execFileSync(UNSHARE[0]!, [...UNSHARE.slice(1), 'true'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 5000 });
    cached = { available: true, prefix: [...guard, ...UNSHARE] };
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    cached = {
      available: false,
      reason: `\`unshare --user --map-root-user --net\` failed${stderr ? ` (${stderr})` : ''}; ` +
        'run as root, or allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, ' +
        'or kernel.apparmor_restrict_unprivileged_userns=0 on Ubuntu)',
      prefix: guard,
    };
  }
  return cached;
}
