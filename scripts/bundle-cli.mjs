// Build step: bundles the CLI (src/cli/cli-entry.ts with every module it loads, packages included, koffi aside) into
// one CommonJS file beside bin.cjs, which src/cli/cli-bundle.cts runs; and the scan worker into one file in place. The
// library stays as tsc wrote it.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
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
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [ownModules(resolve(dist), outdir, '__bundleUrl')],
  });
}

/**
 * Bundles the scan worker in place (an ES module still, for the library's scans as for the CLI's): each worker of
 * a parallel scan starts by loading one file instead of a dozen modules.
 */
async function bundleScanWorker(dist) {
  const outdir = resolve(dist, 'src/scan');
  await build({
    ...common(dist),
    entryPoints: [`${outdir}/scan-worker.js`],
    outfile: `${outdir}/scan-worker.js`,
    allowOverwrite: true,
    format: 'esm',
    plugins: [ownModules(resolve(dist), outdir, 'import.meta.url')],
  });
  // tsc's map of the unbundled worker maps nothing in the bundle.
  await rm(`${outdir}/scan-worker.js.map`, { force: true });
}

/** Bundles the build `dist`'s CLI and scan worker. */
export async function bundleCli(dist) {
  await bundleCliEntry(dist);
  await bundleScanWorker(dist);
}
