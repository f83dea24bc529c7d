// Links an errno named by doctor or probe to the catalog: its one-sentence summary when the catalog has the entry.
import { lookup } from '../catalog/lookup.js';

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
  let summary: string | null = null;
  let remedy: string | null = null;
  try {
    const { entry } = lookup(name, 'linux');
    summary = entry.summary;
    remedy = (entry.calls.find((c) => c.call === call) ?? entry.calls[0])?.remedy ?? null;
  } catch {
    // Not in the catalog (yet): the name alone still tells the user what to look up.
  }
  return { name, summary, remedy, see: `socklab explain ${name}` };
}
