// Inside (or outside) a namespace: prints what the isolation guard says and whether a file given as argument is readable.
import { readFileSync } from 'node:fs';
import { isolationProblem } from '../../src/lab/sandbox/isolation.js';

const file = process.argv[2];
let read = 'no file given';
if (file !== undefined) {
  try {
    readFileSync(file);
    read = 'readable';
  } catch (error) {
    read = (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
console.log(JSON.stringify({ problem: isolationProblem() ?? null, read, uid: process.getuid?.() }));
