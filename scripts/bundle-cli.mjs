// Build step: bundles the CLI (src/cli/cli-entry.ts with every module it loads, packages included, koffi aside) into
// one CommonJS file beside bin.cjs, which src/cli/cli-bundle.cts runs; and the scan worker into one CommonJS file. The
// library stays as tsc wrote it.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * How socklab's own modules change in a bundle written to `outdir`, where `bundleUrl` is the bundle's own URL:
 * - a module finds its files (.wasm, workers, the lab's child script, package.json) through import.meta.url, which
 *   becomes the URL of that module's own file in the build, so they are found beside the unbundled modules as before;
 * - src/shared/import-module.ts hands its import to the function cli-bundle.cts passes in (code run by vm reaches
 *   node's ES module loader only through an experimental flag).
 */
const ownModules = (dist, outdir, bundleUrl) => ({
  name: 'socklab-own-modules',
  setup(bundler) {
    const importModule = resolve(dist, 'src/shared/import-module.js');
    // Own modules are those inside the build (not "without /node_modules/ in their path": a checkout may sit in one).
    const own = `${resolve(dist)}${sep}`;
    bundler.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (path === importModule) return { contents: 'export const importModule = (url) => __importModule(url);', loader: 'js' };
      const contents = await readFile(path, 'utf8');
      if (!path.startsWith(own) || !contents.includes('import.meta.url')) return { contents, loader: 'js' };
      const fromBundle = JSON.stringify(relative(outdir, path));
      return { contents: contents.replaceAll('import.meta.url', `new URL(${fromBundle}, ${bundleUrl}).href`), loader: 'js' };
    });
  },
});

/** A CommonJS bundle's own URL, for its modules' import.meta.url (see ownModules). */
const BUNDLE_URL = "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;";

/** What every bundle shares: node 20, names kept (a stack trace still reads), whitespace minified. */
const common = (dist) => ({
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  // Module names in the bundle relative to the build, not to the folder it was built in (dist.next-<pid>).
  absWorkingDir: resolve(dist),
  logLevel: 'warning',
});

/** Bundles the build `dist`'s CLI into `${dist}/src/cli/cli.bundle.cjs`. */
async function bundleCliEntry(dist) {
  const outdir = resolve(dist, 'src/cli');
  await build({
    ...common(dist),
    entryPoints: [`${outdir}/cli-entry.js`],
    outfile: `${outdir}/cli.bundle.cjs`,
    format: 'cjs',
    // A native module: loaded from node_modules at run time, as by the library.
    external: ['koffi'],
    // A package's ES module build where it has one: a UMD build (jsonc-parser's "main") requires its own files
    // through a function of its own, which a bundler cannot follow.
    mainFields: ['module', 'main'],
    banner: { js: BUNDLE_URL },
    plugins: [ownModules(resolve(dist), outdir, '__bundleUrl')],
  });
}

/**
 * Bundles the scan worker into one CommonJS file, `scan-worker.cjs`, which the library's scans start as the CLI's do:
 * each worker of a parallel scan loads one file instead of a dozen modules, without node's ES module loader (a worker
 * then starts some 10 ms sooner). tsc's unbundled worker stays, as the rest of the library does.
 */
async function bundleScanWorker(dist) {
  const outdir = resolve(dist, 'src/scan');
  await build({
    ...common(dist),
    entryPoints: [`${outdir}/scan-worker.js`],
    outfile: `${outdir}/scan-worker.cjs`,
    format: 'cjs',
    banner: { js: BUNDLE_URL },
    plugins: [ownModules(resolve(dist), outdir, '__bundleUrl')],
  });
}

/** Bundles the build `dist`'s CLI and scan worker. */
export async function bundleCli(dist) {
  await bundleCliEntry(dist);
  // The code V8 compiled for the bundle that was there (src/cli/cli-bundle.cts reads it; the build's warm-up writes it
  // anew): V8 takes a code cache for any source of the same length, and code compiled for other source crashes node.
  rmSync(resolve(dist, 'src/cli/cli.bundle.cache'), { force: true });
  await bundleScanWorker(dist);
}
