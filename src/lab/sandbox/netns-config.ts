// Configures a network namespace from the calling thread: `ip -batch` scripts, sysctls, the interface list.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { SocklabError } from '../../errors/socklab-error.js';
import { commandPath } from '../../shared/system-command.js';
import type { NetNamespace } from '../../sys/net-namespace.js';

/** Runs `work` in `ns`, or where the calling thread is when `ns` is undefined. */
function within<T>(ns: NetNamespace | undefined, work: () => T): T {
  return ns === undefined ? work() : ns.run(work);
}

/** Runs one `ip -batch` script in `ns` (default: here); `ip` is found by absolute path (never through PATH as root). */
export function ip(ns: NetNamespace | undefined, step: string, commands: readonly string[]): void {
  const path = commandPath('ip');
  if (path === undefined) throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step, reason: 'the `ip` command is missing (apt-get install iproute2)' });
  try {
    within(ns, () => execFileSync(path, ['-batch', '-'], { input: `${commands.join('\n')}\n`, stdio: ['pipe', 'ignore', 'pipe'], timeout: 5000 }));
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error).trim();
    throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step, reason: `ip: ${stderr}` });
  }
}

/** Writes a sysctl of `ns` (default: here); net sysctls belong to the namespace of the thread that opens the file. */
export function writeSysctl(ns: NetNamespace | undefined, name: string, value: number | string): void {
  within(ns, () => writeFileSync(`/proc/sys/${name.replaceAll('.', '/')}`, `${value}\n`));
}

/** The names of the interfaces in `ns` (default: here), as /proc/net/dev lists them. */
export function interfaceNames(ns?: NetNamespace): string[] {
  const table = within(ns, () => readFileSync('/proc/thread-self/net/dev', 'utf8'));
  return table.split('\n').slice(2).map((line) => line.split(':')[0]!.trim()).filter((name) => name !== '');
}

/**
 * True once every interface of `ns` but loopback is operationally up with its real qdisc. Until the kernel's link
 * watch has run for a new veth, it keeps the `noop` qdisc, which drops whatever is sent: on a loaded machine the
 * first SYN through a fresh router was lost that way (1 run in 6), costing a 1 s retransmission.
 */
export function linksUp(ns?: NetNamespace): boolean {
  const path = commandPath('ip');
  if (path === undefined) return true; // ip() already said it is missing
  const links = within(ns, () => execFileSync(path, ['-o', 'link', 'show'], { encoding: 'utf8', timeout: 5000 }));
  return links.split('\n').filter((line) => line.trim() !== '' && !/^\d+: lo:/.test(line))
    .every((line) => / state UP /.test(line) && !/ qdisc noop /.test(line));
}
