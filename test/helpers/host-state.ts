// A snapshot of the host state the lab must never change: interfaces, addresses, routes, rules, firewall, sysctls, mounts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { commandPath } from '../../src/shared/system-command.js';

/** Every sysctl a scenario, the topology or a bench sets inside its namespaces: the host's copies must not move. */
const SYSCTLS = [
  'net/ipv4/tcp_retries2', 'net/ipv4/tcp_syn_retries', 'net/ipv4/tcp_abort_on_overflow', 'net/ipv4/tcp_keepalive_time',
  'net/ipv4/tcp_keepalive_intvl', 'net/ipv4/tcp_keepalive_probes', 'net/core/somaxconn', 'net/ipv4/ip_forward',
  'net/ipv4/icmp_ratelimit', 'net/ipv6/conf/all/disable_ipv6', 'net/ipv6/conf/default/disable_ipv6',
  'net/ipv4/ip_local_port_range', 'user/max_user_namespaces',
];

function output(command: string, args: readonly string[]): string {
  const path = commandPath(command);
  if (path === undefined) return `(no ${command})`;
  try {
    return execFileSync(path, [...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return `(${command} failed: ${String((error as { stderr?: string }).stderr ?? error).trim()})`;
  }
}

/** The host's network and system state, as text keyed by source, for a before/after comparison. */
export function hostState(): Record<string, string> {
  const state: Record<string, string> = {
    links: output('ip', ['-o', 'link', 'show']).replace(/ qlen \d+/g, ''),
    addresses: output('ip', ['-o', 'addr', 'show']).replace(/valid_lft \S+ preferred_lft \S+/g, ''),
    routes: output('ip', ['route', 'show', 'table', 'all']),
    routes6: output('ip', ['-6', 'route', 'show', 'table', 'all']).replace(/ expires \d+sec/g, ''),
    rules: output('ip', ['rule', 'show']),
    mounts: readFileSync('/proc/self/mountinfo', 'utf8'),
  };
  if (process.getuid?.() === 0) {
    state.iptables = output('iptables-save', []).replace(/^#.*$/gm, '').replace(/\[\d+:\d+\]/g, '');
    state.nft = output('nft', ['list', 'ruleset']);
  }
  for (const name of SYSCTLS) state[name] = readFileSync(`/proc/sys/${name}`, 'utf8');
  return state;
}
