/* Transactions: nest up to 7 levels; commit and rollback act on the innermost level. */
import type { JET_SESID } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

export function JetBeginTransaction(sesid: JET_SESID): void {
  native.JetBeginTransaction(check.handle('JetBeginTransaction', 'sesid', sesid));
}

export function JetBeginTransaction2(sesid: JET_SESID, grbit: number): void {
  const fn = 'JetBeginTransaction2';
  native.JetBeginTransaction2(check.handle(fn, 'sesid', sesid), check.grbit(fn, grbit));
}

export function JetCommitTransaction(sesid: JET_SESID, grbit?: number): void {
  const fn = 'JetCommitTransaction';
  native.JetCommitTransaction(check.handle(fn, 'sesid', sesid), check.grbit(fn, grbit));
}

/** Rolls back the innermost level, or every level with JET_bitRollbackAll. */
export function JetRollback(sesid: JET_SESID, grbit?: number): void {
  const fn = 'JetRollback';
  native.JetRollback(check.handle(fn, 'sesid', sesid), check.grbit(fn, grbit));
}
