// Transactions: nesting, commit and rollback, their grbits, and what ending a session does.
import { describe, expect, test } from 'vitest';
import { esent, expectJetError, useTestEnv } from './helpers.js';

describe('transactions', () => {
  const env = useTestEnv();

  test('the grbit constants have esent.h values', () => {
    expect({
      CommitLazyFlush: esent.JET_bitCommitLazyFlush,
      WaitLastLevel0Commit: esent.JET_bitWaitLastLevel0Commit,
      WaitAllLevel0Commit: esent.JET_bitWaitAllLevel0Commit,
      ForceNewLog: esent.JET_bitForceNewLog,
      RollbackAll: esent.JET_bitRollbackAll,
      TransactionReadOnly: esent.JET_bitTransactionReadOnly,
      TermComplete: esent.JET_bitTermComplete,
      TermAbrupt: esent.JET_bitTermAbrupt,
      TermDirty: esent.JET_bitTermDirty,
    }).toEqual({
      CommitLazyFlush: 0x1,
      WaitLastLevel0Commit: 0x2,
      WaitAllLevel0Commit: 0x8,
      ForceNewLog: 0x10,
      RollbackAll: 0x1,
      TransactionReadOnly: 0x1,
      TermComplete: 0x1,
      TermAbrupt: 0x2,
      TermDirty: 0x8,
    });
  });

  test('transactions nest seven levels deep; the eighth begin is JET_errTransTooDeep (-1103)', () => {
    const { sesid } = env.session();
    for (let level = 1; level <= 7; level++) esent.JetBeginTransaction(sesid);
    expectJetError(() => esent.JetBeginTransaction(sesid), esent.JET_errTransTooDeep);
    expectJetError(() => esent.JetBeginTransaction2(sesid, 0), esent.JET_errTransTooDeep);
    // the failed begin changed nothing: exactly seven levels to close
    for (let level = 7; level >= 1; level--) esent.JetCommitTransaction(sesid, 0);
    expectJetError(() => esent.JetCommitTransaction(sesid, 0), esent.JET_errNotInTransaction);
  });

  test('commit and rollback at level 0 are JET_errNotInTransaction (-1054)', () => {
    const { sesid } = env.session();
    expectJetError(() => esent.JetCommitTransaction(sesid, 0), esent.JET_errNotInTransaction);
    expectJetError(() => esent.JetCommitTransaction(sesid), -1054);
    expectJetError(() => esent.JetRollback(sesid, 0), -1054);
    expectJetError(() => esent.JetRollback(sesid), -1054);
    expectJetError(() => esent.JetRollback(sesid, esent.JET_bitRollbackAll), -1054);
    expectJetError(() => esent.JetCommitTransaction(sesid, esent.JET_bitCommitLazyFlush), -1054);
  });

  test('each commit or rollback closes exactly one level', () => {
    const { sesid } = env.session();
    esent.JetBeginTransaction(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetRollback(sesid, 0);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetRollback(sesid, 0);
    expectJetError(() => esent.JetRollback(sesid, 0), -1054);
  });

  test('JET_bitRollbackAll rolls back every level', () => {
    const { sesid } = env.session();
    for (let level = 1; level <= 5; level++) esent.JetBeginTransaction(sesid);
    esent.JetRollback(sesid, esent.JET_bitRollbackAll);
    expectJetError(() => esent.JetCommitTransaction(sesid, 0), esent.JET_errNotInTransaction);
    // and the session is ready for a new transaction
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, 0);
  });

  test('JetBeginTransaction2 with JET_bitTransactionReadOnly begins a transaction', () => {
    const { sesid } = env.session();
    esent.JetBeginTransaction2(sesid, esent.JET_bitTransactionReadOnly);
    esent.JetBeginTransaction2(sesid, 0);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetCommitTransaction(sesid, 0);
  });

  test('JET_bitCommitLazyFlush commits a level', () => {
    const { sesid } = env.session();
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, esent.JET_bitCommitLazyFlush);
    expectJetError(() => esent.JetCommitTransaction(sesid, 0), -1054);
  });

  describe('commit grbits that only wait for the log are allowed at level 0', () => {
    test.each([
      ['JET_bitWaitLastLevel0Commit', 0x2],
      ['JET_bitWaitAllLevel0Commit', 0x8],
      ['JET_bitForceNewLog', 0x10],
    ])('%s', (_name, grbit) => {
      const { sesid } = env.session();
      esent.JetBeginTransaction(sesid);
      esent.JetCommitTransaction(sesid, esent.JET_bitCommitLazyFlush);
      expect(() => esent.JetCommitTransaction(sesid, grbit)).not.toThrow();
    });

    test('and they do not close a level when inside a transaction', () => {
      const { sesid } = env.session();
      esent.JetBeginTransaction(sesid);
      esent.JetCommitTransaction(sesid, esent.JET_bitWaitLastLevel0Commit);
      // still at level 1
      esent.JetCommitTransaction(sesid, 0);
      expectJetError(() => esent.JetCommitTransaction(sesid, 0), -1054);
    });
  });

  describe('invalid commit grbits are JET_errInvalidGrbit (-900), checked before the level', () => {
    test('an unknown bit, at level 0 and inside a transaction', () => {
      const { sesid } = env.session();
      expectJetError(() => esent.JetCommitTransaction(sesid, 0x4), esent.JET_errInvalidGrbit);
      esent.JetBeginTransaction(sesid);
      expectJetError(() => esent.JetCommitTransaction(sesid, 0x4), esent.JET_errInvalidGrbit);
      // the transaction is still open
      esent.JetCommitTransaction(sesid, 0);
    });

    test('a wait grbit combined with another bit', () => {
      const { sesid } = env.session();
      expectJetError(
        () => esent.JetCommitTransaction(sesid, esent.JET_bitWaitLastLevel0Commit | esent.JET_bitCommitLazyFlush),
        esent.JET_errInvalidGrbit,
      );
      expectJetError(
        () => esent.JetCommitTransaction(sesid, esent.JET_bitForceNewLog | esent.JET_bitWaitAllLevel0Commit),
        esent.JET_errInvalidGrbit,
      );
    });
  });

  test('JetEndSession rolls back every open level, so JetTerm then succeeds', () => {
    const { instance, sesid } = env.session();
    for (let level = 1; level <= 7; level++) esent.JetBeginTransaction(sesid);
    expectJetError(() => esent.JetTerm(instance), esent.JET_errTooManyActiveUsers);
    esent.JetEndSession(sesid, 0);
    expect(() => esent.JetTerm(instance)).not.toThrow();
  });

  test('sessions nest and close their transactions independently', () => {
    const { instance, sesid } = env.session();
    const other = esent.JetBeginSession(instance, '', '');
    esent.JetBeginTransaction(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetBeginTransaction(other);
    esent.JetRollback(other, esent.JET_bitRollbackAll);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetCommitTransaction(sesid, 0);
    expectJetError(() => esent.JetRollback(other, 0), -1054);
    expectJetError(() => esent.JetRollback(sesid, 0), -1054);
  });
});
