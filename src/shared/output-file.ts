// Files a command writes for the user (reports, captures): a failure names the path and exits 2, never a stack trace.
import { open, unlink, writeFile } from 'node:fs/promises';
import { SocklabError } from '../errors/socklab-error.js';

function unwritable(file: string, error: unknown): SocklabError {
  return new SocklabError('SOCKLAB_OUTPUT_UNWRITABLE', { target: file, reason: (error as Error).message });
}

/** Writes `content` to `file`; throws SOCKLAB_OUTPUT_UNWRITABLE naming the path and the reason. */
export async function writeOutputFile(file: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (error) {
    throw unwritable(file, error);
  }
}

/**
 * Checks before a long run that `file` can be written, leaving it as it was: a file already there is opened for
 * appending and closed (a run that fails or is interrupted must not have emptied last time's report), a missing one
 * is created and removed (nothing stays behind). Throws SOCKLAB_OUTPUT_UNWRITABLE naming the path and the reason.
 */
export async function checkOutputFile(file: string): Promise<void> {
  try {
    const created = await open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (created === undefined) {
      await (await open(file, 'a')).close();
      return;
    }
    await created.close();
    await unlink(file);
  } catch (error) {
    throw unwritable(file, error);
  }
}
