// Checks a number given to socklab/net against the range the kernel accepts, before any system call.
import { SocklabError } from '../errors/socklab-error.js';

/** A range of accepted numbers: above `above` (or at least `min`), at most `max`, whole when `integer`. */
export interface OptionRange {
  readonly min?: number;
  readonly above?: number;
  readonly max: number;
  readonly integer?: boolean;
  /** The range in words, for the error message: "milliseconds above 0, at most 32767000". */
  readonly accepts: string;
}

/** `value` when it is a finite number in `range`; else SOCKLAB_NET_BAD_OPTION naming `option`. */
export function optionInRange(option: string, value: unknown, range: OptionRange): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && value <= range.max
    && (range.min === undefined || value >= range.min) && (range.above === undefined || value > range.above)
    && (range.integer !== true || Number.isInteger(value));
  if (!ok) throw new SocklabError('SOCKLAB_NET_BAD_OPTION', { option, value: typeof value === 'string' ? JSON.stringify(value) : String(value), accepts: range.accepts });
  return value as number;
}
