/* Instances: create, initialize, terminate. An instance is usable from every JS thread. */
import type { JET_INSTANCE } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

/** Allocates an instance (not yet initialized). `name` must be unique in the process. */
export function JetCreateInstance(name?: string | null): JET_INSTANCE {
  const szInstanceName = check.optionalString('JetCreateInstance', 'name', name);
  return native.JetCreateInstance(szInstanceName) as JET_INSTANCE;
}

/** Allocates an instance with a display name (used in event logs). */
export function JetCreateInstance2(
  name: string | null,
  displayName: string | null,
  grbit?: number,
): JET_INSTANCE {
  const fn = 'JetCreateInstance2';
  const szInstanceName = check.optionalString(fn, 'name', name);
  const szDisplayName = check.optionalString(fn, 'displayName', displayName);
  return native.JetCreateInstance2(szInstanceName, szDisplayName, check.grbit(fn, grbit)) as JET_INSTANCE;
}

/** Initializes the instance (runs recovery from its log). */
export function JetInit(instance: JET_INSTANCE): void {
  native.JetInit(check.handle('JetInit', 'instance', instance));
}

export function JetInit2(instance: JET_INSTANCE, grbit: number): void {
  const fn = 'JetInit2';
  native.JetInit2(check.handle(fn, 'instance', instance), check.grbit(fn, grbit));
}

/** JetInit3; restore mapping (JET_RSTINFO) is not supported yet, so the second argument is null. */
export function JetInit3(instance: JET_INSTANCE, rstInfo: null, grbit: number): void {
  const fn = 'JetInit3';
  const handle = check.handle(fn, 'instance', instance);
  if (rstInfo !== null && rstInfo !== undefined) {
    throw new TypeError(`${fn}: rstInfo (JET_RSTINFO) is not supported yet; pass null`);
  }
  native.JetInit3(handle, null, check.grbit(fn, grbit));
}

/**
 * Terminates the instance. While any session is inside a transaction this fails with
 * JET_errTooManyActiveUsers (-1059) and the instance stays usable. On success the instance and
 * all its sessions are gone.
 */
export function JetTerm(instance: JET_INSTANCE): void {
  native.JetTerm(check.handle('JetTerm', 'instance', instance));
}

export function JetTerm2(instance: JET_INSTANCE, grbit: number): void {
  const fn = 'JetTerm2';
  native.JetTerm2(check.handle(fn, 'instance', instance), check.grbit(fn, grbit));
}
