// EsentError: what a caller can rely on when a JET function fails.
import { describe, expect, test } from 'vitest';
import { caught, esent, useTestEnv } from './helpers.js';

describe('EsentError', () => {
  const env = useTestEnv();

  function commitAtLevelZero(): esent.EsentError {
    const { sesid } = env.session();
    return caught(() => esent.JetCommitTransaction(sesid, 0)) as esent.EsentError;
  }

  test('is an Error and an EsentError', () => {
    const error = commitAtLevelZero();
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(esent.EsentError);
    expect(typeof error.stack).toBe('string');
  });

  test('carries the code and the JET_err name', () => {
    const error = commitAtLevelZero();
    expect(error.code).toBe(-1054);
    expect(error.code).toBe(esent.JET_errNotInTransaction);
    expect(error.errorName).toBe('JET_errNotInTransaction');
  });

  test('its message has the name and a description', () => {
    const error = commitAtLevelZero();
    expect(error.message).toContain('JET_errNotInTransaction');
    const description = error.message.replace('JET_errNotInTransaction', '').replace(/^[\s:,-]+/, '');
    expect(description.length).toBeGreaterThan(5);
  });

  // The message comes from the package's own table, the same on every platform, so it is
  // stable whichever esent.dll answers; ErrorToString (the engine's text) is checked in the
  // system-parameter suites.
  test('its description is the one the error table gives for the code', () => {
    const error = commitAtLevelZero();
    const info = esent.jetErrorInfo(error.code);
    expect(info?.name).toBe('JET_errNotInTransaction');
    expect(info?.description.length).toBeGreaterThan(5);
    expect(error.message).toContain(info?.description);
  });

  test('the stack points at the caller', () => {
    const error = commitAtLevelZero();
    expect(error.stack).toContain('esent-error.test');
  });

  test('errors from different failures have their own codes', () => {
    const { instance, sesid } = env.session();
    esent.JetBeginTransaction(sesid);
    const term = caught(() => esent.JetTerm(instance)) as esent.EsentError;
    expect([term.code, term.errorName]).toEqual([-1059, 'JET_errTooManyActiveUsers']);
    const init = caught(() => esent.JetInit(instance)) as esent.EsentError;
    expect([init.code, init.errorName]).toEqual([-1030, 'JET_errAlreadyInitialized']);
    esent.JetRollback(sesid, 0);
  });

  test('the error constants match esent.h', () => {
    expect({
      JET_errInvalidParameter: esent.JET_errInvalidParameter,
      JET_errNotInitialized: esent.JET_errNotInitialized,
      JET_errAlreadyInitialized: esent.JET_errAlreadyInitialized,
      JET_errNotInTransaction: esent.JET_errNotInTransaction,
      JET_errTooManyActiveUsers: esent.JET_errTooManyActiveUsers,
      JET_errSystemPathInUse: esent.JET_errSystemPathInUse,
      JET_errLogFilePathInUse: esent.JET_errLogFilePathInUse,
      JET_errTempPathInUse: esent.JET_errTempPathInUse,
      JET_errInstanceNameInUse: esent.JET_errInstanceNameInUse,
      JET_errOutOfSessions: esent.JET_errOutOfSessions,
      JET_errTransTooDeep: esent.JET_errTransTooDeep,
      JET_errInvalidSesid: esent.JET_errInvalidSesid,
      JET_errInTransaction: esent.JET_errInTransaction,
      JET_errInvalidInstance: esent.JET_errInvalidInstance,
      JET_errInvalidGrbit: esent.JET_errInvalidGrbit,
      JET_errTermInProgress: esent.JET_errTermInProgress,
      JET_errSessionSharingViolation: esent.JET_errSessionSharingViolation,
      JET_errSessionContextAlreadySet: esent.JET_errSessionContextAlreadySet,
      JET_errSessionContextNotSetByThisThread: esent.JET_errSessionContextNotSetByThisThread,
      JET_errSessionInUse: esent.JET_errSessionInUse,
      JET_errWriteConflict: esent.JET_errWriteConflict,
    }).toEqual({
      JET_errInvalidParameter: -1003,
      JET_errNotInitialized: -1029,
      JET_errAlreadyInitialized: -1030,
      JET_errNotInTransaction: -1054,
      JET_errTooManyActiveUsers: -1059,
      JET_errSystemPathInUse: -1083,
      JET_errLogFilePathInUse: -1084,
      JET_errTempPathInUse: -1085,
      JET_errInstanceNameInUse: -1086,
      JET_errOutOfSessions: -1101,
      JET_errTransTooDeep: -1103,
      JET_errInvalidSesid: -1104,
      JET_errInTransaction: -1108,
      JET_errInvalidInstance: -1115,
      JET_errInvalidGrbit: -900,
      JET_errTermInProgress: -1000,
      JET_errSessionSharingViolation: -1910,
      JET_errSessionContextAlreadySet: -1912,
      JET_errSessionContextNotSetByThisThread: -1913,
      JET_errSessionInUse: -1914,
      JET_errWriteConflict: -1102,
    });
  });

  test('the handle sentinels are ~0', () => {
    expect(typeof esent.JET_sesidNil).toBe('bigint');
    expect(typeof esent.JET_instanceNil).toBe('bigint');
    expect(esent.JET_instanceNil).toBe(esent.JET_sesidNil);
  });
});
