/* System parameters. A null instance means the process-wide (global) parameters. */
import type { JET_INSTANCE, JET_SESID } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

export interface SystemParameterValue {
  /**
   * The integer value. A number, or a bigint only when the value does not fit in a safe
   * integer (never the case for the parameters this version supports).
   */
  lParam: number;
  /** The string value ('' for integer parameters). */
  szParam: string;
}

export function JetSetSystemParameter(
  instance: JET_INSTANCE | null,
  sesid: JET_SESID | null,
  paramid: number,
  lParam: number | bigint,
  szParam?: string | null,
): void {
  const fn = 'JetSetSystemParameter';
  native.JetSetSystemParameter(
    check.optionalHandle(fn, 'instance', instance),
    check.optionalHandle(fn, 'sesid', sesid),
    check.uint32(fn, 'paramid', paramid),
    lParam === null || lParam === undefined ? 0 : check.apiPtr(fn, 'lParam', lParam),
    check.optionalString(fn, 'szParam', szParam),
  );
}

/**
 * Reads a parameter. `lParam` is also an input for some parameters: for JET_paramErrorToString
 * it is the error code whose text is returned in szParam.
 */
export function JetGetSystemParameter(
  instance: JET_INSTANCE | null,
  sesid: JET_SESID | null,
  paramid: number,
  lParam?: number | bigint,
): SystemParameterValue {
  const fn = 'JetGetSystemParameter';
  const result = native.JetGetSystemParameter(
    check.optionalHandle(fn, 'instance', instance),
    check.optionalHandle(fn, 'sesid', sesid),
    check.uint32(fn, 'paramid', paramid),
    lParam === null || lParam === undefined ? 0 : check.apiPtr(fn, 'lParam', lParam),
  );
  return result as SystemParameterValue;
}
