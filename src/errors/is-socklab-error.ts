// Recognises socklab errors by brand, so checks work across duplicate installs.
import { SOCKLAB_ERROR_BRAND, type SocklabError } from './socklab-error.js';

/** True when `value` is a SocklabError from any copy of socklab. */
export function isSocklabError(value: unknown): value is SocklabError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SOCKLAB_ERROR_BRAND] === true;
}
