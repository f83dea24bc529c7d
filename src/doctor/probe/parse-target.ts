// Splits a probe target `host:port` (`[::1]:80` for IPv6) into host and port.
import { SocklabError } from '../../errors/socklab-error.js';

/** Host and port of a probe target; throws SOCKLAB_PROBE_BAD_TARGET when either is missing or the port is out of range. */
export function parseTarget(text: string): { host: string; port: number } {
  const match = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:]+):(\d+)$/.exec(text);
  const port = Number(match?.[2]);
  if (match === null || match[1] === undefined || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SocklabError('SOCKLAB_PROBE_BAD_TARGET', { target: text });
  }
  return { host: match[1], port };
}
