// Answers name lookups under .invalid inside this process, so that no query for them leaves the machine.
// RFC 6761 (6.4) asks resolver libraries to answer .invalid with an immediate negative answer; glibc does not (it
// asks the configured name server), so while the matrix runs socklab answers them itself, as NXDOMAIN does.
import dns from 'node:dns';
import { nameNotFound } from '../errors/resolver-error.js';

/** True for a name under the .invalid top-level domain (trailing dot allowed, any case). */
export function isInvalidName(hostname: string): boolean {
  return /(^|\.)invalid\.?$/i.test(hostname);
}

type Lookup = typeof dns.lookup;
type PromisesLookup = typeof dns.promises.lookup;

let holders = 0;
let saved: { lookup: Lookup; promisesLookup: PromisesLookup } | undefined;

function guarded(original: Lookup): Lookup {
  return function lookup(this: unknown, hostname: string, ...rest: unknown[]) {
    const callback = rest.at(-1);
    if (isInvalidName(hostname) && typeof callback === 'function') {
      process.nextTick(callback as (error: Error) => void, nameNotFound(hostname));
      return {};
    }
    return (original as (...args: unknown[]) => unknown).call(this, hostname, ...rest);
  } as Lookup;
}

function guardedPromises(original: PromisesLookup): PromisesLookup {
  return ((hostname: string, ...rest: unknown[]) =>
    isInvalidName(hostname) ? Promise.reject(nameNotFound(hostname)) : (original as (...args: unknown[]) => unknown)(hostname, ...rest)) as PromisesLookup;
}

/**
 * Makes dns.lookup and dns.promises.lookup (what Node's net, and so every client measured, resolves names with)
 * fail at once with ENOTFOUND for names under .invalid; other names are untouched. Calls nest; the returned function
 * undoes one call, and the last one restores Node's own functions.
 */
export function answerInvalidNames(): () => void {
  if (holders++ === 0) {
    saved = { lookup: dns.lookup, promisesLookup: dns.promises.lookup };
    dns.lookup = guarded(saved.lookup);
    dns.promises.lookup = guardedPromises(saved.promisesLookup);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0 && saved !== undefined) {
      dns.lookup = saved.lookup;
      dns.promises.lookup = saved.promisesLookup;
      saved = undefined;
    }
  };
}
