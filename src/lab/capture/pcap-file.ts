// Where the lab writes its pcapng files: checked before the run, written after it, failures named with the path.
import { access, constants, mkdir, rmdir } from 'node:fs/promises';
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

/**
 * mkdir -p by hand, adding each directory it made to `made` (outermost first). Node 20's `recursive` loops forever
 * where mkdir answers ENOENT under an existing parent (/proc), and does not say which directories it made.
 */
async function makeDirectory(dir: string, made: string[]): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    await makeDirectory(dirname(dir), made);
    await mkdir(dir);
  }
  made.push(dir);
}

/** Creates `dir` (and its parents) and checks that it is writable; returns the directories it made, outermost first. */
export async function preparePcapDir(dir: string): Promise<string[]> {
  const made: string[] = [];
  try {
    await makeDirectory(dir, made);
    await access(dir, constants.W_OK);
  } catch (error) {
    throw unwritable(dir, error);
  }
  return made;
}

/** Removes the directories preparePcapDir made, innermost first, as long as they are empty (captures written stay). */
export async function removeEmptyPcapDirs(made: readonly string[]): Promise<void> {
  for (const dir of [...made].reverse()) {
    try {
      await rmdir(dir);
    } catch {
      return; // not empty (a capture was written) or already gone: it and its parents stay
    }
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
