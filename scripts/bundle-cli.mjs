// Build step: bundles the CLI (src/cli/cli-entry.ts with every module it loads, packages included, koffi aside) into
// one CommonJS file beside bin.js, which src/cli/cli-bundle.ts runs. The library stays as tsc wrote it.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';

/**
 * How socklab's own modules change in the bundle:
 * - a module finds its files (.wasm, workers, the lab's child script, package.json) through import.meta.url, which
 *   becomes the URL of that module's own file in the build, so they are found beside the unbundled modules as before;
 * - src/shared/import-module.ts hands its import to the function cli-bundle.ts passes in (code run by vm reaches
 *   node's ES module loader only through an experimental flag).
 */
const ownModules = (dist, outdir) => ({
  name: 'socklab-own-modules',
  setup(bundler) {
    const importModule = resolve(dist, 'src/shared/import-module.js');
    bundler.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (path === importModule) return { contents: 'export const importModule = (url) => __importModule(url);', loader: 'js' };
      const contents = await readFile(path, 'utf8');
      if (path.includes('/node_modules/') || !contents.includes('import.meta.url')) return { contents, loader: 'js' };
      const fromBundle = JSON.stringify(relative(outdir, path));
      return { contents: contents.replaceAll('import.meta.url', `new URL(${fromBundle}, __bundleUrl).href`), loader: 'js' };
    });
  },
});

/** Bundles the build `dist`'s CLI into `${dist}/src/cli/cli.bundle.cjs`. */
export async function bundleCli(dist) {
  const outdir = resolve(dist, 'src/cli');
  await build({
    entryPoints: [`${outdir}/cli-entry.js`],
    outfile: `${outdir}/cli.bundle.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // A native module: loaded from node_modules at run time, as by the library.
    external: ['koffi'],
    // A package's ES module build where it has one: a UMD build (jsonc-parser's "main") requires its own files
    // through a function of its own, which a bundler cannot follow.
    mainFields: ['module', 'main'],
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [ownModules(resolve(dist), outdir)],
    // Smaller to read and to hold in memory; names are kept, so a stack trace (SOCKLAB_DEBUG=1) still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // Module names in the bundle relative to the build, not to the folder it was built in (dist.next-<pid>).
    absWorkingDir: resolve(dist),
    logLevel: 'warning',
  });
}
