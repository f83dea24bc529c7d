// The single error class for socklab's own failures; the code comes from the error table.
import { ERROR_CODES, type SocklabErrorCode } from './error-codes.js';

/** Brand shared across copies of socklab loaded in one process (see isSocklabError). */
export const SOCKLAB_ERROR_BRAND = Symbol.for('socklab.error');

/** A failure of socklab itself (bad usage, unknown name, missing capability), never a kernel errno. */
export class SocklabError<C extends SocklabErrorCode = SocklabErrorCode> extends Error {
  override readonly name = 'SocklabError' as const;
  readonly code: C;
  readonly details: Readonly<Record<string, unknown>>;
  readonly exitCode: number;
  readonly httpStatus: number | undefined;
  readonly [SOCKLAB_ERROR_BRAND] = true;

  constructor(code: C, details: Readonly<Record<string, unknown>> = {}, options?: ErrorOptions) {
    const row = ERROR_CODES[code];
    super(row.message(details), options);
    this.code = code;
    this.details = details;
    this.exitCode = row.exitCode;
    this.httpStatus = 'httpStatus' in row ? (row as { httpStatus?: number }).httpStatus : undefined;
  }
}
