// A throwaway project directory with hand-written packages in node_modules, for resolution tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temp project whose node_modules holds `files` (paths relative to node_modules); remove() deletes it. */
export function fakeProject(files: Readonly<Record<string, string>>): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-clients-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, 'node_modules', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
