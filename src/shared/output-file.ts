// Files a command writes for the user (reports, captures): a failure names the path and exits 2, never a stack trace.
import { writeFile } from 'node:fs/promises';
import { SocklabError } from '../errors/socklab-error.js';

/** Writes `content` to `file`; throws SOCKLAB_OUTPUT_UNWRITABLE naming the path and the reason. */
export async function writeOutputFile(file: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (error) {
    throw new SocklabError('SOCKLAB_OUTPUT_UNWRITABLE', { target: file, reason: (error as Error).message });
  }
}
