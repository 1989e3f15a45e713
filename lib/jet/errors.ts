import { jetErrorInfo } from './errors.generated.js';

/**
 * A JET error (negative JET_ERR) as an exception. `code` is the number esent.h gives
 * (e.g. -1102), `errorName` its name (`'JET_errWriteConflict'`), and the message says both with
 * a short description. Codes missing from our table still work, with a generic name.
 */
export class EsentError extends Error {
  readonly code: number;
  readonly errorName: string;

  constructor(code: number) {
    const info = jetErrorInfo(code);
    const errorName = info?.name ?? `JET_err(${code})`;
    const description = info?.description ?? 'unknown JET error';
    super(`${errorName} (${code}): ${description}`);
    this.code = code;
    this.errorName = errorName;
  }
}

Object.defineProperty(EsentError.prototype, 'name', {
  value: 'EsentError',
  writable: true,
  configurable: true,
  enumerable: false,
});
