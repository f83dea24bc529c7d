// Where the lab writes its pcapng files: checked before the run, written after it, failures named with the path.
import { access, constants, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SocklabError } from '../../errors/socklab-error.js';
import { checkOutputFile, writeOutputFile } from '../../shared/output-file.js';

function unwritable(target: string, error: unknown): SocklabError {
  return new SocklabError('SOCKLAB_OUTPUT_UNWRITABLE', { target, reason: (error as Error).message });
}

/** Checks `file` now, leaving it as it was, so a path that cannot be written fails before a run, not after it. */
export async function preparePcapFile(file: string): Promise<void> {
  await checkOutputFile(file);
}

/** mkdir -p by hand: Node 20's `recursive` loops forever where mkdir answers ENOENT under an existing parent (/proc). */
async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    await makeDirectory(dirname(dir));
    await mkdir(dir);
  }
}

/** Creates `dir` (and its parents) and checks that it is writable. */
export async function preparePcapDir(dir: string): Promise<void> {
  try {
    await makeDirectory(dir);
    await access(dir, constants.W_OK);
  } catch (error) {
    throw unwritable(dir, error);
  }
}

/** The file of scenario `id` in a pcap directory. */
export function pcapFileIn(dir: string, id: string): string {
  return join(dir, `${id}.pcapng`);
}

/** Writes a pcapng file's bytes; throws SOCKLAB_OUTPUT_UNWRITABLE naming the path. */
export async function writePcapFile(file: string, bytes: Buffer): Promise<void> {
  await writeOutputFile(file, bytes);
}
