// Finds and loads a package as the user's project would: resolved from a directory, the way require() resolves it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importModule } from '../shared/import-module.js';

/** A package resolved from the project: where its entry is and which version is installed. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  /** The file require() would load. */
  readonly entry: string;
}

/** The outcome of looking a package up: found, absent, or present but not resolvable (with why). */
export type PackageLookup =
  | { readonly status: 'found'; readonly installed: InstalledPackage }
  | { readonly status: 'missing' }
  | { readonly status: 'broken'; readonly reason: string };

/** The version in the package.json of `name` at or above the entry file, the package's own root. */
function versionAbove(entry: string, name: string): string | undefined {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json at this level: keep walking up
    }
  }
  return undefined;
}

/** Looks `name` up from `cwd` as require() would from a file in that directory. */
export function findPackage(name: string, cwd: string): PackageLookup {
  let entry: string;
  try {
    entry = createRequire(join(cwd, 'package.json')).resolve(name);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'MODULE_NOT_FOUND' ? { status: 'missing' } : { status: 'broken', reason: (error as Error).message };
  }
  return { status: 'found', installed: { name, version: versionAbove(entry, name) ?? 'unknown', entry } };
}

/** Loads a resolved package; the module namespace (an ES module's exports, or `default` = a CommonJS module.exports). */
export function loadPackage(installed: InstalledPackage): Promise<unknown> {
  return importModule(pathToFileURL(installed.entry).href);
}

/**
 * A module's main export: an ES module's `default`, or a CommonJS module.exports, unwrapping the `exports.default`
 * that compiled CommonJS (axios-retry) puts there.
 */
export function mainExport<T>(namespace: unknown): T {
  const main = (namespace as { default?: unknown }).default ?? namespace;
  const inner = typeof main === 'object' && main !== null ? (main as { default?: unknown }).default : undefined;
  return (inner ?? main) as T;
}
