// The errors behind an error: its cause chain and an AggregateError's errors, with the fields applications test.

/** One error found behind the error an application caught. */
export interface ChainedError {
  readonly name: string;
  readonly message: string;
  /** `err.code` when it is a string (ECONNRESET, UND_ERR_SOCKET, ERR_...). */
  readonly code: string | null;
  /** `err.syscall` of Node's system errors (connect, read, write, getaddrinfo). */
  readonly syscall: string | null;
  /** 0 for the error itself, 1 for its cause or an AggregateError's errors, and so on. */
  readonly depth: number;
  /** For one of an AggregateError's errors: its position among them (Node's happy eyeballs: one per address, in order). */
  readonly attempt: { readonly index: number; readonly of: number } | null;
}

/** How deep the walk goes: cause chains longer than this are cut (and a loop stops it sooner). */
export const MAX_CHAIN_DEPTH = 8;

const stringField = (error: object, key: string): string | null => {
  const value = (error as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
};

/**
 * The error and every error behind it, depth first: the error, then an AggregateError's errors (each with its own
 * causes), then its `cause`. Non-objects are skipped; loops and chains past MAX_CHAIN_DEPTH are cut.
 */
export function errorChain(error: unknown): ChainedError[] {
  const found: ChainedError[] = [];
  const seen = new Set<object>();
  const walk = (current: unknown, depth: number, attempt: ChainedError['attempt']): void => {
    if (typeof current !== 'object' || current === null || seen.has(current) || depth > MAX_CHAIN_DEPTH) return;
    seen.add(current);
    const name = stringField(current, 'name') ?? current.constructor?.name ?? 'Error';
    found.push({ name, message: stringField(current, 'message') ?? '', code: stringField(current, 'code'), syscall: stringField(current, 'syscall'), depth, attempt });
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) errors.forEach((e, index) => walk(e, depth + 1, { index, of: errors.length }));
    walk((current as { cause?: unknown }).cause, depth + 1, null);
  };
  walk(error, 0, null);
  return found;
}
