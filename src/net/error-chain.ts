// The errors behind an error: its cause chain and an AggregateError's errors, with the fields applications test.

/** One error found behind the error an application caught; a field the error lacks is null. */
export interface ChainedError {
  readonly name: string;
  readonly message: string;
  /** `err.code` when it is a string (ECONNRESET, UND_ERR_SOCKET, ERR_...). */
  readonly code: string | null;
  /** `err.errno` of Node's system errors: the negated errno (-111) or a resolver's code number. */
  readonly errno: number | null;
  /** `err.syscall` of Node's system errors (connect, read, write, getaddrinfo). */
  readonly syscall: string | null;
  /** The peer of a failed connect (`err.address`, `err.port`), or the name that did not resolve (`err.hostname`). */
  readonly address: string | null;
  readonly port: number | null;
  readonly hostname: string | null;
  /** 0 for the error itself, 1 for its cause or an AggregateError's errors, and so on. */
  readonly depth: number;
  /** For one of an AggregateError's errors: its position among them (Node's happy eyeballs: one per address, in order). */
  readonly attempt: { readonly index: number; readonly of: number } | null;
}

/** How deep the walk goes: cause chains longer than this are cut (and a loop stops it sooner). */
export const MAX_CHAIN_DEPTH = 8;

function field<T extends 'string' | 'number'>(error: object, key: string, type: T): (T extends 'string' ? string : number) | null {
  const value = (error as Record<string, unknown>)[key];
  return typeof value === type ? (value as T extends 'string' ? string : number) : null;
}

function chained(value: unknown, depth: number, attempt: ChainedError['attempt']): ChainedError {
  if (typeof value !== 'object' || value === null) {
    // A thrown string or number (or such a `cause`) is kept as it is: its text may be all there is to read.
    return { name: typeof value, message: String(value), code: null, errno: null, syscall: null, address: null, port: null, hostname: null, depth, attempt };
  }
  return {
    name: field(value, 'name', 'string') ?? value.constructor?.name ?? 'Error',
    message: field(value, 'message', 'string') ?? '',
    code: field(value, 'code', 'string'),
    errno: field(value, 'errno', 'number'),
    syscall: field(value, 'syscall', 'string'),
    address: field(value, 'address', 'string'),
    port: field(value, 'port', 'number'),
    hostname: field(value, 'hostname', 'string'),
    depth,
    attempt,
  };
}

/**
 * The error and every error behind it, depth first: the error, then an AggregateError's errors (each with its own
 * causes), then its `cause`. Whatever was thrown is the first entry, even a string or undefined; a `cause` of undefined
 * or null ends the chain; loops and chains past MAX_CHAIN_DEPTH are cut.
 */
export function errorChain(error: unknown): ChainedError[] {
  const found: ChainedError[] = [];
  const seen = new Set<unknown>();
  const walk = (current: unknown, depth: number, attempt: ChainedError['attempt']): void => {
    if (((current === undefined || current === null) && depth > 0) || depth > MAX_CHAIN_DEPTH || seen.has(current)) return;
    found.push(chained(current, depth, attempt));
    if (typeof current !== 'object' || current === null) return;
    seen.add(current);
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) errors.forEach((e, index) => walk(e, depth + 1, { index, of: errors.length }));
    walk((current as { cause?: unknown }).cause, depth + 1, null);
  };
  walk(error, 0, null);
  return found;
}
