// Decides whether a client can be measured from a directory: its packages found, their versions, and loaded.
import type { Client, LoadedModules } from './client.js';
import type { ClientInfo, PackageVersion } from './clients-result.js';
import { healthyCheck } from './healthy-check.js';
import { findPackage, loadPackage, type InstalledPackage } from './installed-package.js';

/** A client resolved from the project: what to report, and its modules when it can be measured. */
export interface ResolvedClient {
  readonly info: ClientInfo;
  readonly modules?: LoadedModules;
}

/** Resolves and loads the packages `client` needs from `cwd`, then checks it against a healthy server. */
export async function resolveClient(client: Client, cwd: string): Promise<ResolvedClient> {
  const loaded = await loadClient(client, cwd);
  if (loaded.modules === undefined) return loaded;
  const failure = await healthyCheck(client, loaded.modules);
  return failure === undefined ? loaded : { info: { ...loaded.info, status: 'failed', reason: failure } };
}

/** Resolves and loads the packages `client` needs from `cwd`; a missing package is a status, never an error. */
async function loadClient(client: Client, cwd: string): Promise<ResolvedClient> {
  const base = { id: client.id, title: client.title };
  if (client.packages.length === 0) return { info: { ...base, status: 'ready', packages: client.builtIn?.() ?? [] }, modules: {} };
  const lookups = client.packages.map((name) => ({ name, lookup: findPackage(name, cwd) }));
  const packages: PackageVersion[] = lookups.map(({ name, lookup }) => ({ name, version: lookup.status === 'found' ? lookup.installed.version : null }));
  const missing = lookups.filter((l) => l.lookup.status === 'missing').map((l) => l.name);
  if (missing.length > 0) {
    return { info: { ...base, status: 'not-installed', packages, reason: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${cwd} (npm install --save-dev ${missing.join(' ')} to measure it)` } };
  }
  const broken = lookups.find((l) => l.lookup.status === 'broken');
  if (broken !== undefined && broken.lookup.status === 'broken') return { info: { ...base, status: 'failed', packages, reason: `${broken.name} cannot be resolved: ${broken.lookup.reason}` } };
  const installed = lookups.map((l) => (l.lookup as { installed: InstalledPackage }).installed);
  try {
    const loaded = await Promise.all(installed.map(async (p) => [p.name, await loadPackage(p)] as const));
    return { info: { ...base, status: 'ready', packages }, modules: Object.fromEntries(loaded) };
  } catch (error) {
    return { info: { ...base, status: 'failed', packages, reason: `loading failed: ${(error as Error).message}` } };
  }
}
