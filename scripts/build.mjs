// Builds into a fresh directory and swaps it in, so dist/ always holds a complete build with an executable bin.
// Used by `npm run build`, `prepare` and the test command; a failed build leaves the previous dist/ in place.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import wabt from 'wabt';
import { bundleCli } from './bundle-cli.mjs';

const next = `dist.next-${process.pid}`;
const old = `dist.old-${process.pid}`;
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', next], { stdio: 'inherit' });
if (tsc.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(tsc.status ?? 1);
}
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
    rmSync(next, { recursive: true, force: true });
    process.exit(1);
  } finally {
    module?.destroy();
  }
}
// The catalog's keyword table, compiled now rather than at the start of every scan (src/scan/prebuilt-keyword-table.ts).
const prebuild = spawnSync(process.execPath, [`${next}/scripts/prebuild-keyword-table.js`], { stdio: 'inherit' });
if (prebuild.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(prebuild.status ?? 1);
}
// The CLI as one file with its compiled code (scripts/bundle-cli.mjs, src/cli/cli-bundle.cts): a start loads no modules.
try {
  await bundleCli(next);
} catch (error) {
  console.error(`build: bundling the CLI: ${error.message}`);
  rmSync(next, { recursive: true, force: true });
  process.exit(1);
}
const warm = spawnSync(process.execPath, [`${next}/scripts/warm-cli-code-cache.js`], { stdio: 'inherit' });
if (warm.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(warm.status ?? 1);
}
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
