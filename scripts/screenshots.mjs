// Regenerates the report screenshots in docs/images from a real run of every lab scenario, in Debian's Chromium.
// They come from the browser test of the report, which saves them where SOCKLAB_SCREENSHOT_DIR points.
import { spawnSync } from 'node:child_process';

const step = (args, env = {}) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(['scripts/test-prereqs.mjs']);
step(['scripts/build.mjs']);
step(['--test', 'dist/test/lab/render/lab-report.test.js'], { SOCKLAB_SCREENSHOT_DIR: 'docs/images' });
