// A one-line status on stderr for commands that take more than a second; shown only when stderr is a terminal.
import type { CliIo } from '../command-spec.js';

/** A status line that each `show` overwrites and `clear` erases. */
export interface ProgressLine {
  show(text: string): void;
  clear(): void;
}

const SILENT: ProgressLine = { show: () => undefined, clear: () => undefined };

/** The progress line of `io`: writes `\r`, erase-line and the text on an interactive stderr when `enabled`; else nothing. */
export function progressLine(io: CliIo, enabled = true): ProgressLine {
  if (!io.interactive || !enabled) return SILENT;
  return {
    show: (text) => void io.stderr.write(`\r\x1b[K${text}`),
    clear: () => void io.stderr.write('\r\x1b[K'),
  };
}
