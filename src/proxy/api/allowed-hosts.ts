// Which Host header values the API answers to: its own address and loopback names, so DNS rebinding finds nothing.
import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';

/** The host part of a Host header, lower case, without port, brackets or a trailing dot. */
export function hostOfHeader(header: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(header);
  const host = bracketed !== null ? bracketed[1]! : header.replace(/:\d*$/, '');
  return canonicalIp(host.toLowerCase().replace(/\.$/, ''));
}

/** IPv6 literals in one spelling (`0:0::1` and `::1` are the same address). */
function canonicalIp(host: string): string {
  if (isIP(host) !== 6) return host;
  try {
    return new URL(`http://[${host}]/`).hostname.slice(1, -1);
  } catch {
    return host;
  }
}

/** True for names and addresses that always mean this machine: localhost, *.localhost, 127/8, ::1. */
export function isLoopbackHost(host: string): boolean {
  const h = canonicalIp(host.toLowerCase().replace(/\.$/, ''));
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(h);
}

const WILDCARDS = new Set(['', '0.0.0.0', '::']);

/**
 * A check for Host values: loopback names, the listening address, and `extra` names ("*" allows any).
 * Listening on a wildcard address, every address of this machine's interfaces and its hostname count too.
 */
export function allowedHosts(listenHost: string, extra: readonly string[] = []): (host: string) => boolean {
  if (extra.includes('*')) return () => true;
  const own = new Set([listenHost, ...extra].map((h) => hostOfHeader(h.includes(':') && isIP(h) === 6 ? `[${h}]` : h)));
  const wildcard = WILDCARDS.has(listenHost);
  if (wildcard) own.add(hostname().toLowerCase());
  return (host) => {
    if (isLoopbackHost(host) || own.has(host)) return true;
    if (!wildcard || isIP(host) === 0) return false;
    return Object.values(networkInterfaces()).some((list) => list?.some((a) => canonicalIp(a.address.toLowerCase()) === host));
  };
}
