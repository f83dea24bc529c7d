// Build step (scripts/build.mjs runs it in the new build): runs the bundled CLI on common command lines, then saves
// the code V8 compiled for it, which every later start loads instead of compiling (src/cli/cli-bundle.cts).
import { Readable, Writable } from 'node:stream';
import { loadCli, writeCliCodeCache } from '../src/cli/cli-bundle.cjs';

const { main } = loadCli();
const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const io = { stdin: Readable.from([]), stdout: discard, stderr: discard, color: false, interactive: false, width: 80 };
for (const argv of [['--help'], ['explain', 'ECONNRESET'], ['scan', '/dev/null']]) await main(argv, io);
writeCliCodeCache();
