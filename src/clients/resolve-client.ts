// Decides whether a client can be measured from a directory: its packages found, their versions, and loaded.
import type { Client, LoadedModules } from './client.js';
import type { ClientInfo } from './clients-result.js';
import { healthyCheck } from './healthy-check.js';
import { findPackage, loadPackage, type InstalledPackage } from './installed-package.js';

/** A client resolved from the project: what to report, and its modules when it can be measured. */
export interface ResolvedClient {
  readonly info: ClientInfo;
  readonly modules?: LoadedModules;
}

/** What is installed for `client` in `cwd`, without loading anything; the packages to load when all are there. */
function lookUp(client: Client, cwd: string): { readonly info: ClientInfo; readonly installed?: readonly InstalledPackage[] } {
  const base = { id: client.id, title: client.title };
  if (client.packages.length === 0) return { info: { ...base, status: 'ready', packages: client.builtIn?.() ?? [] }, installed: [] };
  const lookups = client.packages.map((name) => ({ name, lookup: findPackage(name, cwd) }));
  const packages = lookups.map(({ name, lookup }) => ({ name, version: lookup.status === 'found' ? lookup.installed.version : null }));
  const missing = lookups.filter((l) => l.lookup.status === 'missing').map((l) => l.name);
  if (missing.length > 0) {
    const reason = `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${cwd} (npm install --save-dev ${missing.join(' ')} to measure it)`;
    return { info: { ...base, status: 'not-installed', packages, reason } };
  }
  const installed: InstalledPackage[] = [];
  for (const { name, lookup } of lookups) {
    if (lookup.status === 'broken') return { info: { ...base, status: 'failed', packages, reason: `${name} cannot be resolved: ${lookup.reason}` } };
    if (lookup.status === 'found') installed.push(lookup.installed);
  }
  return { info: { ...base, status: 'ready', packages }, installed };
}

/** Each client as found in `cwd`, without loading or running anything (`socklab clients --list`). */
export function describeClient(client: Client, cwd: string): ClientInfo {
  return lookUp(client, cwd).info;
}

/** Resolves and loads the packages `client` needs from `cwd`, then checks it against a healthy server. */
export async function resolveClient(client: Client, cwd: string): Promise<ResolvedClient> {
  const { info, installed } = lookUp(client, cwd);
  if (installed === undefined) return { info };
  let modules: LoadedModules;
  try {
    modules = Object.fromEntries(await Promise.all(installed.map(async (p) => [p.name, await loadPackage(p)] as const)));
  } catch (error) {
    return { info: { ...info, status: 'failed', reason: `loading failed: ${(error as Error).message}` } };
  }
  const failure = await healthyCheck(client, modules);
  return failure === undefined ? { info, modules } : { info: { ...info, status: 'failed', reason: failure } };
}
