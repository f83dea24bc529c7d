// An error as the application can inspect it: the error, its cause, the cause's cause, with their codes and errnos.
import type { ErrorLink } from './clients-result.js';

const MAX_DEPTH = 8;

/** The fields of `error` that are strings (or numbers), by key; absent keys left out. */
function fieldsOf(error: object, keys: readonly string[], type: 'string' | 'number'): Record<string, string | number> {
  const found: Record<string, string | number> = {};
  for (const key of keys) {
    const value = (error as Record<string, unknown>)[key];
    if (typeof value === type) found[key] = value as string | number;
  }
  return found;
}

function link(error: unknown, depth: number): ErrorLink {
  if (typeof error !== 'object' || error === null) return { name: typeof error, message: String(error) };
  const { name = 'Error', message = '', code, ...strings } = fieldsOf(error, ['name', 'message', 'code', 'syscall', 'address', 'hostname'], 'string');
  const numbers = fieldsOf(error, ['errno', 'port'], 'number');
  const errors = (error as { errors?: unknown }).errors;
  return {
    name: String(name), message: String(message),
    ...(code === undefined ? {} : { code: String(code) }),
    ...strings, ...numbers,
    ...(Array.isArray(errors) && depth < MAX_DEPTH ? { errors: errors.map((e) => errorChain(e, depth + 1)) } : {}),
  };
}

/** The chain from `error` down its `cause`s (at most 8 deep, stopping at a loop); an AggregateError's errors kept. */
export function errorChain(error: unknown, depth = 0): ErrorLink[] {
  const chain: ErrorLink[] = [];
  const seen = new Set<unknown>();
  let current = error;
  while (current !== undefined && current !== null && !seen.has(current) && chain.length < MAX_DEPTH) {
    seen.add(current);
    chain.push(link(current, depth));
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

/** The first code down the chain and how deep it sits (0: on the error the application caught). */
export function firstCode(chain: readonly ErrorLink[]): { readonly code: string; readonly codeDepth: number } | undefined {
  const depth = chain.findIndex((l) => l.code !== undefined);
  return depth < 0 ? undefined : { code: chain[depth]!.code!, codeDepth: depth };
}
