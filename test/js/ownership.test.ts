// Thread ownership of sessions (DESIGN.md §4): a session belongs to the JavaScript thread that began
// it; other threads get JET_errSessionSharingViolation (-1910) before the engine is reached; release
// and adopt hand it over; a worker that ends leaves no session behind.
import { describe, expect, test } from 'vitest';
import { asFolder, esent, expectJetError, uniqueName, useTestEnv } from './helpers.js';
import type { JET_SESID } from './helpers.js';
import { RpcWorker } from './rpc-worker.js';

describe('session ownership across worker threads', () => {
  const env = useTestEnv();

  async function startWorker(): Promise<RpcWorker> {
    const worker = await RpcWorker.start();
    env.defer(() => worker.terminate());
    return worker;
  }

  test('the addon loads in a worker, and a worker can run an instance of its own', async () => {
    const worker = await startWorker();
    const paths = env.morePaths('worker');
    const instance = await worker.ok<bigint>('JetCreateInstance', uniqueName('worker'));
    env.track(instance as esent.JET_INSTANCE);
    await worker.ok('JetSetSystemParameter', instance, null, esent.JET_paramSystemPath, 0, asFolder(paths.system));
    await worker.ok('JetSetSystemParameter', instance, null, esent.JET_paramLogFilePath, 0, asFolder(paths.logs));
    await worker.ok('JetSetSystemParameter', instance, null, esent.JET_paramTempPath, 0, asFolder(paths.temp));
    await worker.ok('JetInit', instance);
    const sesid = await worker.ok<bigint>('JetBeginSession', instance, '', '');
    await worker.ok('JetBeginTransaction', sesid);
    await worker.ok('JetCommitTransaction', sesid, 0);
    await worker.ok('JetEndSession', sesid, 0);
    await worker.ok('JetTerm', instance);
  });

  test('several workers load the addon at the same time', async () => {
    const workers = await Promise.all([startWorker(), startWorker(), startWorker()]);
    const results = await Promise.all(workers.map((w) => w.call('JetGetVersion', esent.JET_sesidNil)));
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(esent.JET_errInvalidSesid);
    }
  });

  test('a session posted to another worker is refused there with -1910, and the owner keeps a working session', async () => {
    const { sesid } = env.session();
    esent.JetBeginTransaction(sesid);
    const worker = await startWorker();
    for (const [fn, ...args] of [
      ['JetBeginTransaction', sesid],
      ['JetCommitTransaction', sesid, 0],
      ['JetRollback', sesid, 0],
      ['JetEndSession', sesid, 0],
      ['JetDupSession', sesid],
      ['JetGetVersion', sesid],
      ['JetSetSessionContext', sesid, 0x10],
      ['JetResetSessionContext', sesid],
      ['releaseSession', sesid],
    ] as Array<[string, ...unknown[]]>) {
      const error = await worker.fails(fn, ...args);
      expect({ fn, isEsentError: error.isEsentError, code: error.code, errorName: error.errorName }).toEqual({
        fn,
        isEsentError: true,
        code: esent.JET_errSessionSharingViolation,
        errorName: 'JET_errSessionSharingViolation',
      });
    }
    // the owner's transaction is intact: one level open, then none
    esent.JetCommitTransaction(sesid, 0);
    expectJetError(() => esent.JetCommitTransaction(sesid, 0), esent.JET_errNotInTransaction);
    esent.JetEndSession(sesid, 0);
  });

  test('instances are process-wide: a worker begins its own session on the main thread\'s instance', async () => {
    const { instance } = env.session();
    const worker = await startWorker();
    const sesid = await worker.ok<bigint>('JetBeginSession', instance, '', '');
    await worker.ok('JetBeginTransaction', sesid);
    await worker.ok('JetCommitTransaction', sesid, 0);
    // and that session is the worker's: the main thread may not use it
    expectJetError(() => esent.JetBeginTransaction(sesid as JET_SESID), esent.JET_errSessionSharingViolation);
    await worker.ok('JetEndSession', sesid, 0);
  });

  test('releaseSession inside a transaction is JET_errInTransaction (-1108) and ownership stays', async () => {
    const { sesid } = env.session();
    esent.JetBeginTransaction(sesid);
    expectJetError(() => esent.releaseSession(sesid), esent.JET_errInTransaction);
    const worker = await startWorker();
    expect((await worker.fails('adoptSession', sesid)).code).toBe(esent.JET_errSessionSharingViolation);
    esent.JetCommitTransaction(sesid, 0);
  });

  test('release, then adopt in a worker: the worker uses it and the old owner may not', async () => {
    const { sesid } = env.session();
    esent.releaseSession(sesid);
    const worker = await startWorker();
    await worker.ok('adoptSession', sesid);
    await worker.ok('JetBeginTransaction', sesid);
    await worker.ok('JetBeginTransaction', sesid);
    await worker.ok('JetCommitTransaction', sesid, 0);
    await worker.ok('JetRollback', sesid, 0);
    expectJetError(() => esent.JetBeginTransaction(sesid), esent.JET_errSessionSharingViolation);
    expectJetError(() => esent.adoptSession(sesid), esent.JET_errSessionSharingViolation);
    await worker.ok('JetEndSession', sesid, 0);
  });

  test('a released session can be adopted back by the thread that released it', () => {
    const { sesid } = env.session();
    esent.releaseSession(sesid);
    esent.adoptSession(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, 0);
  });

  test('a session can go to a worker and back again', async () => {
    const { sesid } = env.session();
    esent.releaseSession(sesid);
    const worker = await startWorker();
    await worker.ok('adoptSession', sesid);
    await worker.ok('JetBeginTransaction', sesid);
    await worker.ok('JetCommitTransaction', sesid, 0);
    await worker.ok('releaseSession', sesid);
    esent.adoptSession(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetRollback(sesid, 0);
    esent.JetEndSession(sesid, 0);
  });

  test('adopting a session its live owner has not released is -1910', async () => {
    const { sesid } = env.session();
    const worker = await startWorker();
    const error = await worker.fails('adoptSession', sesid);
    expect(error.isEsentError).toBe(true);
    expect(error.code).toBe(esent.JET_errSessionSharingViolation);
    // still the main thread's
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, 0);
  });

  test('adopting or releasing an ended session is JET_errInvalidSesid (-1104)', () => {
    const { sesid } = env.session();
    esent.JetEndSession(sesid, 0);
    expectJetError(() => esent.adoptSession(sesid), esent.JET_errInvalidSesid);
    expectJetError(() => esent.releaseSession(sesid), esent.JET_errInvalidSesid);
  });

  test('terminating a worker that holds sessions mid-transaction ends them, so JetTerm succeeds', async () => {
    const { instance } = env.session();
    const worker = await RpcWorker.start();
    const first = await worker.ok<bigint>('JetBeginSession', instance, '', '');
    const second = await worker.ok<bigint>('JetBeginSession', instance, '', '');
    for (let level = 0; level < 3; level++) await worker.ok('JetBeginTransaction', first);
    await worker.ok('JetBeginTransaction', second);
    expectJetError(() => esent.JetTerm(instance), esent.JET_errTooManyActiveUsers);
    await worker.terminate();
    // the worker's sessions are gone, not merely orphaned
    expectJetError(() => esent.JetBeginTransaction(first as JET_SESID), esent.JET_errInvalidSesid);
    expectJetError(() => esent.adoptSession(second as JET_SESID), esent.JET_errInvalidSesid);
    expect(() => esent.JetTerm(instance)).not.toThrow();
  });

  test('terminating a worker while it is busy in JavaScript also ends its sessions', async () => {
    const { instance } = env.session();
    const worker = await RpcWorker.start();
    const sesid = await worker.ok<bigint>('JetBeginSession', instance, '', '');
    await worker.ok('JetBeginTransaction', sesid);
    worker.worker.postMessage({ id: -1, op: 'block', ms: 30_000 });
    await worker.terminate();
    expect(() => esent.JetTerm(instance)).not.toThrow();
  });

  test('a worker that exits normally with a transaction open leaves no session behind', async () => {
    const { instance } = env.session();
    const worker = await RpcWorker.start();
    const sesid = await worker.ok<bigint>('JetBeginSession', instance, '', '');
    await worker.ok('JetBeginTransaction', sesid);
    await worker.ok('JetBeginTransaction', sesid);
    expect(await worker.exitNormally()).toBe(0);
    expectJetError(() => esent.JetBeginTransaction(sesid as JET_SESID), esent.JET_errInvalidSesid);
    expect(() => esent.JetTerm(instance)).not.toThrow();
  });

  test('a session released by a worker that then exits stays alive for the thread that adopts it', async () => {
    const { instance } = env.session();
    const worker = await RpcWorker.start();
    const sesid = (await worker.ok<bigint>('JetBeginSession', instance, '', '')) as JET_SESID;
    await worker.ok('releaseSession', sesid);
    await worker.exitNormally();
    esent.adoptSession(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetEndSession(sesid, 0);
  });
});
