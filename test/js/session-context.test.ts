// JetSetSessionContext / JetResetSessionContext, with ESENT's rules. The rule that needs a second
// thread (-1913) hands the session to a worker with releaseSession/adoptSession, so the engine sees
// a different OS thread.
import { describe, expect, test } from 'vitest';
import { ALL_ONES_PTR, esent, expectJetError, useTestEnv } from './helpers.js';
import { RpcWorker } from './rpc-worker.js';

describe('session context', () => {
  const env = useTestEnv();

  test('set then reset on the same thread', () => {
    const { sesid } = env.session();
    esent.JetSetSessionContext(sesid, 0x1234);
    esent.JetResetSessionContext(sesid);
    esent.JetSetSessionContext(sesid, 0x5678n);
    esent.JetResetSessionContext(sesid);
    esent.JetEndSession(sesid, 0);
  });

  test('a transaction begun under a context can be nested, committed and rolled back under it', () => {
    const { sesid } = env.session();
    esent.JetSetSessionContext(sesid, 0x42);
    esent.JetBeginTransaction(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetRollback(sesid, 0);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetResetSessionContext(sesid);
  });

  test('context 0 is JET_errInvalidParameter (-1003)', () => {
    const { sesid } = env.session();
    expectJetError(() => esent.JetSetSessionContext(sesid, 0), esent.JET_errInvalidParameter);
    expectJetError(() => esent.JetSetSessionContext(sesid, 0n), esent.JET_errInvalidParameter);
    // nothing was set: the session ends normally
    esent.JetEndSession(sesid, 0);
  });

  test('context ~0 (all bits set) is JET_errInvalidParameter (-1003)', () => {
    const { sesid } = env.session();
    expectJetError(() => esent.JetSetSessionContext(sesid, ALL_ONES_PTR), esent.JET_errInvalidParameter);
    esent.JetEndSession(sesid, 0);
  });

  test('a second set is JET_errSessionContextAlreadySet (-1912), even with the same context', () => {
    const { sesid } = env.session();
    esent.JetSetSessionContext(sesid, 0x1234);
    expectJetError(() => esent.JetSetSessionContext(sesid, 0x5678), esent.JET_errSessionContextAlreadySet);
    expectJetError(() => esent.JetSetSessionContext(sesid, 0x1234), -1912);
    esent.JetResetSessionContext(sesid);
  });

  test('reset without a context set is JET_errSessionContextNotSetByThisThread (-1913)', () => {
    const { sesid } = env.session();
    expectJetError(() => esent.JetResetSessionContext(sesid), esent.JET_errSessionContextNotSetByThisThread);
  });

  test('JetEndSession while a context is set is JET_errSessionInUse (-1914) and the session stays alive', () => {
    const { instance, sesid } = env.session();
    esent.JetSetSessionContext(sesid, 0x99);
    expectJetError(() => esent.JetEndSession(sesid, 0), esent.JET_errSessionInUse);
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetResetSessionContext(sesid);
    esent.JetEndSession(sesid, 0);
    esent.JetTerm(instance);
  });

  test('reset from another thread is JET_errSessionContextNotSetByThisThread (-1913); the setting thread can reset', async () => {
    const { sesid } = env.session();
    esent.JetSetSessionContext(sesid, 0x77);
    esent.releaseSession(sesid);
    const worker = await RpcWorker.start();
    env.defer(() => worker.terminate());
    await worker.ok('adoptSession', sesid);
    const error = await worker.fails('JetResetSessionContext', sesid);
    expect(error.isEsentError).toBe(true);
    expect(error.code).toBe(esent.JET_errSessionContextNotSetByThisThread);
    await worker.ok('releaseSession', sesid);
    esent.adoptSession(sesid);
    esent.JetResetSessionContext(sesid);
    esent.JetEndSession(sesid, 0);
  });
});
