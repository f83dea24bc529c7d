// Builds into a fresh directory and swaps it in, so dist/ always holds a complete build with an executable bin.
// Used by `npm run build`, `prepare` and the test command; a failed build leaves the previous dist/ in place.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import wabt from 'wabt';
import { bundleCli } from './bundle-cli.mjs';

const next = `dist.next-${process.pid}`;
const old = `dist.old-${process.pid}`;

/** Ends a failed build: the new one is removed, the previous dist/ stays. */
function abandon(status) {
  rmSync(next, { recursive: true, force: true });
  process.exit(status);
}

/** Runs a step as a node process; its failure ends the build with its status. */
function run(args) {
  const step = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (step.status !== 0) abandon(step.status ?? 1);
}

run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', next]);
chmodSync(`${next}/src/cli/bin.cjs`, 0o755);
// WebAssembly text in src/ is assembled beside the JavaScript that loads it (src/x/y.wat -> dist/src/x/y.wasm).
const assembler = await wabt();
for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.wat'))) {
  let module;
  try {
    module = assembler.parseWat(file, readFileSync(`src/${file}`, 'utf8'), { simd: true });
    module.validate();
    writeFileSync(`${next}/src/${file.replace(/\.wat$/, '.wasm')}`, module.toBinary({}).buffer);
  } catch (error) {
    console.error(`build: src/${file}: ${error.message}`);
    abandon(1);
  } finally {
    module?.destroy();
  }
}
// The catalog's keyword table and keyword automaton, worked out now rather than at every start of scan and explain
// (src/scan/prebuilt-keyword-table.ts, src/catalog/prebuilt-keyword-automaton.ts).
run([`${next}/scripts/prebuild-keyword-tables.js`]);
// The CLI as one file with its compiled code (scripts/bundle-cli.mjs, src/cli/cli-bundle.cts): a start loads no modules.
try {
  await bundleCli(next);
} catch (error) {
  console.error(`build: bundling the CLI: ${error.message}`);
  abandon(1);
}
run([`${next}/scripts/warm-cli-code-cache.js`]);
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
