// The ports fetch() refuses before it connects ("bad port"): the Fetch standard's list, kept by browsers and undici.

/** Every blocked port, as Node 20's bundled undici lists them (the Fetch standard's "bad port" list). */
export const FETCH_BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Whether fetch() failed because of the port alone: undici's cause is a bare `bad port`, which says neither which nor why. */
export function isBlockedPortFailure(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof Error && cause.message === 'bad port';
}

/** The warning of an HTTP server listening on a blocked port: fetch clients and browsers will never reach it. */
export function blockedPortWarning(url: string, port: number): string | undefined {
  if (!FETCH_BLOCKED_PORTS.has(port)) return undefined;
  return `port ${port} is one fetch() and browsers refuse to connect to ("bad port"), so they cannot reach ${url} (curl can): pick another port.`;
}
