// Writes the generated reference pages; with --check, fails when a committed page differs from what the tables say.
import { readFileSync, writeFileSync } from 'node:fs';
import { referenceDocs } from './reference-docs.js';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, content] of Object.entries(referenceDocs())) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing page is stale.
  }
  if (current === content) continue;
  if (check) stale.push(path);
  else writeFileSync(path, content);
}
if (stale.length > 0) {
  console.error(`Generated docs are out of date: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
