// A failed name lookup shaped exactly as Node's getaddrinfo failure: `getaddrinfo ENOTFOUND <name>`.

/** libuv's UV_EAI_NONAME, the errno Node puts on a getaddrinfo ENOTFOUND. */
export const UV_EAI_NONAME = -3008;

/** The error fields Node gives a failed lookup. */
export interface ResolverError extends Error {
  readonly code: 'ENOTFOUND';
  readonly errno: number;
  readonly syscall: 'getaddrinfo';
  readonly hostname: string;
}

/** The error Node's dns.lookup gives for a name that does not exist (the resolver answered NXDOMAIN). */
export function nameNotFound(hostname: string): ResolverError {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', errno: UV_EAI_NONAME, syscall: 'getaddrinfo', hostname } as const);
}
