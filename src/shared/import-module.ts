// Imports a module named at run time (a URL), through node's loader: the one dynamic import the CLI bundle cannot
// resolve at build time. scripts/bundle-cli.mjs swaps this module for one that calls out of the bundle
// (src/cli/cli-bundle.cts).

/** The module at `url` (an ES module's namespace, or `default` = a CommonJS module.exports). */
export function importModule(url: string): Promise<unknown> {
  return import(url) as Promise<unknown>;
}
