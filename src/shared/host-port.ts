// "host:port" as people and URLs read it: an IPv6 address in brackets, so its colons are not taken for the port's.

/** An address as it stands before a port: IPv6 in brackets (`[::1]`), anything else as it is. */
export function bracketed(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** `host` and `port` as `127.0.0.1:5432`, `[::1]:5432` or `db.internal:5432`. */
export function hostPort(host: string, port: number | string): string {
  return `${bracketed(host)}:${port}`;
}

/** The port at the end of `host:port` (`[::1]:5432` -> 5432). */
export function portOf(address: string): number {
  return Number(address.slice(address.lastIndexOf(':') + 1));
}
