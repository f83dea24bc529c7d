// Starts processes in throwaway user+network namespaces: never as root (root drops to nobody first), dying with their parent.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SocklabError } from '../../errors/socklab-error.js';
import { commandPath } from '../../shared/system-command.js';
import { keepOpenAcrossExec } from '../../sys/keep-open-across-exec.js';

/** Whether socklab can create its throwaway namespaces here, and why not (with the fix) when it cannot. */
export interface NamespaceSupport {
  readonly available: boolean;
  readonly reason?: string;
}

/** The uid and gid a root run drops to before creating namespaces (nobody/nogroup). */
const UNPRIVILEGED_ID = 65534;

const PACKAGE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILD_SCRIPT = fileURLToPath(new URL('./child.js', import.meta.url));
const UNSHARE_ARGS = ['--user', '--map-root-user', '--net'];
const asRoot = (): boolean => process.geteuid?.() === 0;

/** The sysctls that switch user namespaces off, the value that does it, and what to say. */
const BLOCKERS = [
  { file: '/proc/sys/kernel/unprivileged_userns_clone', blocks: '0', what: 'unprivileged user namespaces are switched off (kernel.unprivileged_userns_clone = 0)', fix: 'sudo sysctl -w kernel.unprivileged_userns_clone=1' },
  { file: '/proc/sys/kernel/apparmor_restrict_unprivileged_userns', blocks: '1', what: 'AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1, the Ubuntu 24.04 default)', fix: 'sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or give node an AppArmor profile with the `userns` permission' },
  { file: '/proc/sys/user/max_user_namespaces', blocks: '0', what: 'user namespaces are switched off (user.max_user_namespaces = 0)', fix: 'sudo sysctl -w user.max_user_namespaces=15000' },
] as const;

/** Which sysctl keeps user namespaces off, in words with its fix, given a reader of /proc/sys files; undefined if none. */
export function userNamespaceBlocker(read: (file: string) => string | undefined): string | undefined {
  const blocker = BLOCKERS.find((b) => read(b.file)?.trim() === b.blocks);
  // socklab creates namespaces as an unprivileged user even when run as root, so root does not lift these limits.
  return blocker === undefined ? undefined : `${blocker.what}; socklab creates them as an unprivileged user, also when run as root. Fix: ${blocker.fix} (persist it in /etc/sysctl.d/)`;
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The command prefix: as root drop to nobody first; always die with the parent (setpriv), then unshare. */
function prefix(): { argv: string[] } | { missing: string } {
  const setpriv = commandPath('setpriv');
  const unshare = commandPath('unshare');
  // Without setpriv nothing kills the namespace's processes when socklab dies, and root could not drop privileges.
  if (setpriv === undefined || unshare === undefined) return { missing: setpriv === undefined ? 'setpriv' : 'unshare' };
  const drop = asRoot() ? [`--reuid=${UNPRIVILEGED_ID}`, `--regid=${UNPRIVILEGED_ID}`, '--clear-groups'] : [];
  return { argv: [setpriv, ...drop, '--pdeathsig', 'KILL', unshare, ...UNSHARE_ARGS] };
}

let cached: NamespaceSupport | undefined;

/** Probes once whether this host lets socklab create a user+network namespace (as nobody when root). */
export function namespaceSupport(): NamespaceSupport {
  cached ??= probe();
  return cached;
}

function probe(): NamespaceSupport {
  if (process.platform !== 'linux') return { available: false, reason: `network namespaces are a Linux feature (this is ${process.platform})` };
  const start = prefix();
  if ('missing' in start) return { available: false, reason: `${start.missing} is missing; it comes with util-linux (apt-get install util-linux)` };
  const root = openSync(PACKAGE_ROOT, 'r');
  try {
    // As root the check also proves nobody can read socklab's files through the directory fd the scenarios get.
    const check = asRoot() ? [commandPath('test') ?? '/usr/bin/test', '-r', `/proc/self/fd/3/${relative(PACKAGE_ROOT, CHILD_SCRIPT)}`] : [commandPath('true') ?? '/bin/true'];
    const result = spawnSync(start.argv[0]!, [...start.argv.slice(1), ...check], { stdio: ['ignore', 'ignore', 'pipe', root], timeout: 5000 });
    if (result.status === 0) return { available: true };
    const stderr = String(result.stderr ?? '').trim();
    const blocker = userNamespaceBlocker(readProc);
    if (blocker !== undefined) return { available: false, reason: blocker };
    if (stderr === '' && asRoot()) {
      return { available: false, reason: `as root socklab runs scenarios as nobody (uid ${UNPRIVILEGED_ID}), who cannot read ${PACKAGE_ROOT}; make the installation world-readable (chmod -R a+rX) or run socklab as a regular user` };
    }
    return { available: false, reason: `\`unshare ${UNSHARE_ARGS.join(' ')}\` failed${stderr === '' ? '' : ` (${stderr})`}` };
  } finally {
    closeSync(root);
  }
}

/** The descriptors a caller gives the spawned process (stdin, stdout, stderr, then any extra). */
export type Stdio = Array<'ignore' | 'pipe' | 'inherit' | 'ipc' | number>;

/**
 * Spawns `node script args` in fresh user+network namespaces (check namespaceSupport() first). As root it runs
 * as nobody, reaching socklab's files through an inherited directory fd, since the checkout may sit in a
 * directory only root can enter (e.g. /root). `stdio` lists the caller's descriptors; one more is appended.
 */
export function spawnInNamespaces(script: string, args: readonly string[], options: { stdio: Stdio; env?: NodeJS.ProcessEnv }): ChildProcess {
  const start = prefix();
  if ('missing' in start) throw new SocklabError('SOCKLAB_SANDBOX_UNAVAILABLE', { reason: `${start.missing} is missing`, fix: 'Install util-linux (apt-get install util-linux).' });
  const root = openSync(PACKAGE_ROOT, 'r');
  try {
    const inside = relative(PACKAGE_ROOT, script);
    const viaFd = asRoot() && !inside.startsWith(`..${sep}`);
    const path = viaFd ? `/proc/self/fd/${options.stdio.length}/${inside}` : script;
    // Keep module paths under /proc/self/fd/N (realpath would lead back through the unreadable directory).
    const nodeOptions = viaFd ? `${options.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? ''} --preserve-symlinks --preserve-symlinks-main`.trim() : undefined;
    const env = { ...(options.env ?? process.env), ...(nodeOptions === undefined ? {} : { NODE_OPTIONS: nodeOptions }) };
    return spawn(start.argv[0]!, [...start.argv.slice(1), process.execPath, path, ...args], { stdio: [...options.stdio, root], env });
  } finally {
    closeSync(root);
  }
}

/**
 * In a process spawnInNamespaces started through the package directory fd: lets the processes it spawns (node
 * helpers of a scenario, bench workers) reach socklab's files through the same /proc/self/fd/N path.
 */
export function inheritPackageDirectory(): void {
  const fd = /^\/proc\/self\/fd\/(\d+)\//.exec(process.argv[1] ?? '')?.[1];
  if (fd !== undefined) keepOpenAcrossExec(Number(fd));
}
