// Runs a code example of a docs page as printed, from the checkout's root, so 'socklab' and 'socklab/net' resolve
// through package.json's exports as in a project.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The stdout of the first js block importing `from` in the `## heading...` section of `page` (README.md, docs/x.md). */
export async function runDocExample(page: string, heading: string, from: string): Promise<string> {
  const section = new RegExp(`^## ${heading}[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm').exec(readFileSync(`${ROOT}${page}`, 'utf8'))?.[0] ?? '';
  const example = /```js\n([\s\S]*?)```/g;
  const code = [...section.matchAll(example)].map((m) => m[1]!).find((c) => c.includes(`from '${from}';`));
  assert.ok(code !== undefined, `${page}'s section "${heading}" has a js block importing ${from}`);
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, timeout: 30_000 });
  return stdout;
}
