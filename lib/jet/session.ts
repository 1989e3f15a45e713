/*
 * Sessions. A session belongs to the JS thread (main or worker) that began it: any other thread
 * naming it gets EsentError JET_errSessionSharingViolation (-1910), and the owner's session keeps
 * working. releaseSession / adoptSession hand a session to another thread explicitly. When a
 * worker ends, the sessions it owns are ended (their transactions rolled back).
 */
import type { JET_INSTANCE, JET_SESID } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

export function JetBeginSession(
  instance: JET_INSTANCE,
  username?: string | null,
  password?: string | null,
): JET_SESID {
  const fn = 'JetBeginSession';
  return native.JetBeginSession(
    check.handle(fn, 'instance', instance),
    check.optionalString(fn, 'username', username),
    check.optionalString(fn, 'password', password),
  ) as JET_SESID;
}

/** A second session on the same instance, owned by the calling thread. */
export function JetDupSession(sesid: JET_SESID): JET_SESID {
  return native.JetDupSession(check.handle('JetDupSession', 'sesid', sesid)) as JET_SESID;
}

/** Ends the session, rolling back every open transaction level. */
export function JetEndSession(sesid: JET_SESID, grbit?: number): void {
  const fn = 'JetEndSession';
  native.JetEndSession(check.handle(fn, 'sesid', sesid), check.grbit(fn, grbit));
}

/** The engine's version number. */
export function JetGetVersion(sesid: JET_SESID): number {
  return native.JetGetVersion(check.handle('JetGetVersion', 'sesid', sesid));
}

/**
 * Binds the session's transactions to `context` instead of the calling OS thread (0 and ~0 are
 * refused by the engine with JET_errInvalidParameter).
 */
export function JetSetSessionContext(sesid: JET_SESID, context: number | bigint): void {
  const fn = 'JetSetSessionContext';
  native.JetSetSessionContext(check.handle(fn, 'sesid', sesid), check.apiPtr(fn, 'context', context));
}

export function JetResetSessionContext(sesid: JET_SESID): void {
  native.JetResetSessionContext(check.handle('JetResetSessionContext', 'sesid', sesid));
}

/**
 * Gives up this thread's ownership of the session so another thread can adoptSession it.
 * Only the owner may release, and only outside a transaction (JET_errInTransaction, -1108).
 * Until it is adopted, no thread (this one included) may use the session.
 */
export function releaseSession(sesid: JET_SESID): void {
  native.releaseSession(check.handle('releaseSession', 'sesid', sesid));
}

/**
 * Makes the calling thread the owner of a released session. A session still owned by another
 * thread gives JET_errSessionSharingViolation (-1910).
 */
export function adoptSession(sesid: JET_SESID): void {
  native.adoptSession(check.handle('adoptSession', 'sesid', sesid));
}
