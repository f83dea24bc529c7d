// Links an errno named by doctor or probe to the catalog: its summary and the remedy for the failing call.
import { catalogAdvice } from '../catalog/advice.js';

/** An errno with the catalog's explanation; `summary` and `remedy` are null while the catalog lacks the entry. */
export interface ErrnoLink {
  readonly name: string;
  readonly summary: string | null;
  /** The remedy of the catalog's entry for `call` (or its first call) when known. */
  readonly remedy: string | null;
  /** How to read more: the CLI command that explains it. */
  readonly see: string;
}

/** The catalog's explanation of `name` for a failure of `call`; never throws. */
export function errnoLink(name: string, call?: string): ErrnoLink {
  const { summary, remedy } = catalogAdvice(name, { call: call ?? null });
  return { name, summary, remedy, see: `socklab explain ${name}` };
}
