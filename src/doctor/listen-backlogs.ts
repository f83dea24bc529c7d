// The accept-queue limit (backlog) of each listening socket, which /proc/net/tcp does not print: taken from `ss -ltn`.
import { execFileSync } from 'node:child_process';
import { commandPath } from '../shared/system-command.js';

/** Backlog per listening endpoint, keyed `address|port` (address as /proc/net/tcp decodes it); null when `ss` is missing. */
export type ListenBacklogs = ReadonlyMap<string, number> | null;

/** The key of a listening endpoint in ListenBacklogs. */
export function endpointKey(address: string, port: number): string {
  return `${address}|${port}`;
}

function splitEndpoint(text: string): [string, number] | undefined {
  const colon = text.lastIndexOf(':');
  if (colon === -1) return undefined;
  const address = text.slice(0, colon).replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return [address, Number(text.slice(colon + 1))];
}

/** Runs `ss -Hltn`: for LISTEN sockets its Send-Q column is the backlog passed to listen() (capped by somaxconn). */
export function listenBacklogs(): ListenBacklogs {
  let out: string;
  try {
    // INET_DIAG's idiag_wqueue carries sk_max_ack_backlog for listeners; ss prints it as Send-Q.
    // By absolute path: as root a program put first on PATH must never run.
    const ss = commandPath('ss');
    if (ss === undefined) return null;
    out = execFileSync(ss, ['-Hltn'], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const map = new Map<string, number>();
  for (const line of out.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    const endpoint = splitEndpoint(f[3] as string);
    if (endpoint === undefined) continue;
    const [address, port] = endpoint;
    // `*` is a wildcard socket: /proc shows it as 0.0.0.0 (IPv4) or :: (IPv6), so key it both ways.
    for (const a of address === '*' ? ['0.0.0.0', '::'] : [address]) map.set(endpointKey(a, port), Number(f[2]));
  }
  return map;
}
