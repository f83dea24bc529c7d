// What a scenario may change inside its namespace: firewall rules and per-namespace sysctls, never the host's.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { SocklabError } from '../../errors/socklab-error.js';
import type { Hosts, NamespacedSysctl, Sandbox } from '../scenario.js';
import { inOtherNetns } from './namespace.js';

const run = promisify(execFile);

/** The loopback addresses that play the hosts of a scenario. */
export const HOSTS: Hosts = {
  client: '127.0.0.1',
  server: '127.0.0.2',
  /** An address a REJECT rule answers for, like a router that knows the host is gone. */
  unreachable: '127.0.0.3',
};

/** The sandbox handed to scenarios; every change it makes dies with the namespace. */
export class LabSandbox implements Sandbox {
  /** True only in a namespace socklab created: checked against the parent's namespace identity. */
  readonly isolated: boolean;
  readonly hosts = HOSTS;

  constructor(parentNetns: string | undefined) {
    this.isolated = inOtherNetns(parentNetns);
  }

  #requireIsolation(what: string): void {
    if (!this.isolated) {
      throw new SocklabError('SOCKLAB_SANDBOX_UNAVAILABLE', { reason: `refusing to ${what} outside a socklab namespace`, fix: 'This is a bug in the scenario: declare needs: [\'netns\'].' });
    }
  }

  /** Runs iptables with `args` inside the namespace. */
  async iptables(...args: string[]): Promise<void> {
    this.#requireIsolation(`run iptables ${args.join(' ')}`);
    await run('iptables', ['-w', ...args]);
  }

  /** Makes a host silent, as if it crashed or its cable was cut: every packet to or from it is dropped. */
  async silence(address: string): Promise<void> {
    await this.iptables('-I', 'INPUT', '-s', address, '-j', 'DROP');
    await this.iptables('-I', 'INPUT', '-d', address, '-j', 'DROP');
  }

  /** Lets a silenced host's packets through again. */
  async unsilence(address: string): Promise<void> {
    await this.iptables('-D', 'INPUT', '-s', address, '-j', 'DROP');
    await this.iptables('-D', 'INPUT', '-d', address, '-j', 'DROP');
  }

  /** Sets a per-namespace sysctl. */
  async sysctl(name: NamespacedSysctl, value: number): Promise<void> {
    this.#requireIsolation(`set ${name}`);
    await writeFile(`/proc/sys/${name.replaceAll('.', '/')}`, `${value}\n`);
  }

  /** Runs a command inside the namespace and returns its output. */
  async exec(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
    this.#requireIsolation(`run ${command}`);
    return run(command, [...args]);
  }
}
