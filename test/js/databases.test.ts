// Databases from JS: create, attach, open, close, detach, their misuse errors, the info levels, and
// a dirty shutdown that only recovery (JetInit in the same folders) makes attachable again.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { asFolder, esent, expectJetError, samePath, useTestEnv } from './helpers.js';
import type { JET_DBID } from '../../dist/index.js';
import { RpcWorker } from './rpc-worker.js';

const distIndex = new URL('../../dist/index.js', import.meta.url).href;

describe('databases', () => {
  const env = useTestEnv();
  const dbPath = (name = 'test.edb') => join(env.paths.root, name);

  test('the constants have esent.h values', () => {
    expect([esent.JET_bitDbReadOnly, esent.JET_bitDbExclusive, esent.JET_bitDbOverwriteExisting, esent.JET_bitForceDetach])
      .toEqual([0x1, 0x2, 0x200, 0x1]);
    expect([esent.JET_DbInfoFilename, esent.JET_DbInfoFilesize, esent.JET_DbInfoMisc, esent.JET_DbInfoPageSize])
      .toEqual([0, 10, 14, 17]);
    expect([esent.JET_dbstateJustCreated, esent.JET_dbstateDirtyShutdown, esent.JET_dbstateCleanShutdown])
      .toEqual([1, 2, 3]);
  });

  test('JetCreateDatabase returns a usable dbid; a second create of the file is JET_errDatabaseDuplicate (-1201)', () => {
    const { sesid } = env.session();
    const path = dbPath();
    const dbid = esent.JetCreateDatabase(sesid, path);
    expect(typeof dbid).toBe('number');
    expect(samePath(esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoFilename) as string, path)).toBe(true);
    expectJetError(() => esent.JetCreateDatabase(sesid, path), esent.JET_errDatabaseDuplicate);
    esent.JetCloseDatabase(sesid, dbid);
    esent.JetDetachDatabase(sesid, path);
    expectJetError(() => esent.JetCreateDatabase(sesid, path, null, 0), -1201);
    const replaced = esent.JetCreateDatabase2(sesid, path, 0, esent.JET_bitDbOverwriteExisting);
    esent.JetCloseDatabase(sesid, replaced);
  });

  test('create, attach and detach inside a transaction are JET_errInTransaction (-1108); open is allowed', () => {
    const { sesid } = env.session();
    const path = dbPath();
    esent.JetCloseDatabase(sesid, esent.JetCreateDatabase(sesid, path));
    esent.JetBeginTransaction(sesid);
    expectJetError(() => esent.JetCreateDatabase(sesid, dbPath('other.edb')), esent.JET_errInTransaction);
    expectJetError(() => esent.JetDetachDatabase(sesid, path), -1108);
    expectJetError(() => esent.JetAttachDatabase(sesid, path), -1108);
    esent.JetCloseDatabase(sesid, esent.JetOpenDatabase(sesid, path));
    esent.JetRollback(sesid);
    esent.JetDetachDatabase(sesid, path);
  });

  test('attach returns 0, a second attach JET_wrnDatabaseAttached (1007); open needs an attached file (-1203)', () => {
    const { sesid } = env.session();
    const path = dbPath();
    expectJetError(() => esent.JetOpenDatabase(sesid, path), esent.JET_errDatabaseNotFound);
    esent.JetCloseDatabase(sesid, esent.JetCreateDatabase(sesid, path));
    esent.JetDetachDatabase(sesid, path);
    expectJetError(() => esent.JetOpenDatabase(sesid, path), -1203);
    expect(esent.JetAttachDatabase(sesid, path)).toBe(0);
    expect(esent.JetAttachDatabase(sesid, path)).toBe(esent.JET_wrnDatabaseAttached);
    expect(esent.JET_wrnDatabaseAttached).toBe(1007);
    const dbid = esent.JetOpenDatabase(sesid, path, null, 0);
    esent.JetCloseDatabase(sesid, dbid);
    esent.JetDetachDatabase2(sesid, path, 0);
    expect(esent.JetAttachDatabase2(sesid, path, 0, 0)).toBe(0);
    esent.JetDetachDatabase(sesid, path);
  });

  test('detach while open is JET_errDatabaseInUse (-1202); closing an unknown dbid is JET_errInvalidDatabaseId (-1010)', () => {
    const { sesid } = env.session();
    const path = dbPath();
    const dbid = esent.JetCreateDatabase(sesid, path);
    expectJetError(() => esent.JetDetachDatabase(sesid, path), esent.JET_errDatabaseInUse);
    esent.JetCloseDatabase(sesid, dbid);
    expectJetError(() => esent.JetCloseDatabase(sesid, dbid), esent.JET_errInvalidDatabaseId);
    expectJetError(() => esent.JetCloseDatabase(sesid, 12345 as JET_DBID), -1010);
    esent.JetDetachDatabase(sesid, path);
  });

  test('a null filename detaches every database', () => {
    const { sesid } = env.session();
    const one = dbPath('one.edb');
    const two = dbPath('two.edb');
    esent.JetCloseDatabase(sesid, esent.JetCreateDatabase(sesid, one));
    esent.JetCloseDatabase(sesid, esent.JetCreateDatabase(sesid, two));
    esent.JetDetachDatabase(sesid, null);
    expectJetError(() => esent.JetOpenDatabase(sesid, one), -1203);
    expectJetError(() => esent.JetOpenDatabase(sesid, two), -1203);
    esent.JetAttachDatabase(sesid, one);
    esent.JetDetachDatabase2(sesid, null, 0);
    expectJetError(() => esent.JetOpenDatabase(sesid, one), -1203);
  });

  test('a file that is not a database is refused with JET_errInvalidDatabase (-1028), a missing one with JET_errFileNotFound (-1811)', () => {
    const { sesid } = env.session();
    const text = dbPath('notes.txt');
    writeFileSync(text, 'not a database\n'.repeat(1000));
    expectJetError(() => esent.JetAttachDatabase(sesid, text), esent.JET_errInvalidDatabase);
    expectJetError(() => esent.JetAttachDatabase(sesid, dbPath('missing.edb')), esent.JET_errFileNotFound);
  });

  test('a file attached by another instance of the process is JET_errDatabaseSharingViolation (-1215)', () => {
    const { sesid } = env.session();
    const path = dbPath();
    esent.JetCloseDatabase(sesid, esent.JetCreateDatabase(sesid, path));
    const other = env.configuredInstance(env.morePaths('other'));
    esent.JetInit(other);
    const otherSession = esent.JetBeginSession(other, '', '');
    expectJetError(() => esent.JetAttachDatabase(otherSession, path), esent.JET_errDatabaseSharingViolation);
    esent.JetDetachDatabase(sesid, path);
    expect(esent.JetAttachDatabase(otherSession, path)).toBe(0);
    esent.JetDetachDatabase(otherSession, path);
  });

  test('JetGetDatabaseInfo: filename, page size, size, misc', () => {
    const { instance, sesid } = env.session();
    const path = dbPath();
    const dbid = esent.JetCreateDatabase(sesid, path);
    expect(samePath(esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoFilename) as string, path)).toBe(true);
    const pageSize = esent.JetGetSystemParameter(instance, null, esent.JET_paramDatabasePageSize, 0).lParam;
    expect(esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoPageSize)).toBe(Number(pageSize));
    const pages = esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoFilesize) as number;
    expect(pages).toBeGreaterThan(0);
    const misc = esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoMisc);
    expect(misc.cbPageSize).toBe(Number(pageSize));
    expect(misc.dbstate).toBe(esent.JET_dbstateDirtyShutdown);
    expect(misc).not.toHaveProperty('cbStruct');
    expect(Object.keys(misc.signDb)).toEqual(['ulRandom', 'logtimeCreate', 'szComputerName']);
    expect(Object.keys(misc.lgposAttach)).toEqual(['ib', 'isec', 'lGeneration']);
    esent.JetCloseDatabase(sesid, dbid);
    expectJetError(() => esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoPageSize), -1010);
  });

  test('JetGetDatabaseFileInfo on a detached file shows a clean shutdown', () => {
    const { sesid } = env.session();
    const path = dbPath();
    const dbid = esent.JetCreateDatabase(sesid, path);
    const pageSize = esent.JetGetDatabaseInfo(sesid, dbid, esent.JET_DbInfoPageSize);
    esent.JetCloseDatabase(sesid, dbid);
    esent.JetDetachDatabase(sesid, path);
    const misc = esent.JetGetDatabaseFileInfo(path, esent.JET_DbInfoMisc);
    expect(misc.dbstate).toBe(esent.JET_dbstateCleanShutdown);
    expect(esent.JetGetDatabaseFileInfo(path, esent.JET_DbInfoPageSize)).toBe(pageSize);
    expect(esent.JetGetDatabaseFileInfo(path, esent.JET_DbInfoFilesize)).toBeGreaterThan(0);
    expectJetError(() => esent.JetGetDatabaseFileInfo(dbPath('missing.edb'), esent.JET_DbInfoMisc), esent.JET_errFileNotFound);
  });

  test('after a dirty termination the file needs recovery: -550 elsewhere, attachable after JetInit in the same folders', () => {
    const path = dbPath();
    const { system, logs, temp } = env.paths;
    // The crash happens in a child process: JetTerm2(JET_bitTermDirty) after a durable commit.
    const child = `
      import * as esent from ${JSON.stringify(distIndex)};
      const instance = esent.JetCreateInstance('crash-${process.pid}');
      esent.JetSetSystemParameter(instance, null, esent.JET_paramSystemPath, 0, ${JSON.stringify(asFolder(system))});
      esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFilePath, 0, ${JSON.stringify(asFolder(logs))});
      esent.JetSetSystemParameter(instance, null, esent.JET_paramTempPath, 0, ${JSON.stringify(asFolder(temp))});
      esent.JetSetSystemParameter(instance, null, esent.JET_paramNoInformationEvent, 1);
      esent.JetInit(instance);
      const sesid = esent.JetBeginSession(instance, '', '');
      esent.JetCreateDatabase(sesid, ${JSON.stringify(path)});
      esent.JetBeginTransaction(sesid);
      esent.JetCommitTransaction(sesid, 0);
      esent.JetTerm2(instance, esent.JET_bitTermDirty);
      process.stdout.write('terminated dirty');
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('terminated dirty');
    expect(result.status).toBe(0);
    expect(esent.JetGetDatabaseFileInfo(path, esent.JET_DbInfoMisc).dbstate).toBe(esent.JET_dbstateDirtyShutdown);

    const elsewhere = env.configuredInstance(env.morePaths('elsewhere'));
    esent.JetInit(elsewhere);
    const stranger = esent.JetBeginSession(elsewhere, '', '');
    expectJetError(() => esent.JetAttachDatabase(stranger, path), esent.JET_errDatabaseDirtyShutdown);
    expect(esent.JET_errDatabaseDirtyShutdown).toBe(-550);
    esent.JetTerm(elsewhere);

    const recovering = env.configuredInstance();
    esent.JetInit(recovering);
    const sesid = esent.JetBeginSession(recovering, '', '');
    expect(esent.JetAttachDatabase(sesid, path)).toBe(0);
    esent.JetCloseDatabase(sesid, esent.JetOpenDatabase(sesid, path));
    esent.JetDetachDatabase(sesid, path);
  });

  test('wrong argument types are TypeError, out-of-range numbers RangeError', () => {
    const { sesid } = env.session();
    const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) => () => (fn as (...a: unknown[]) => unknown)(...args);
    expect(call(esent.JetCreateDatabase, sesid, 42)).toThrow(TypeError);
    expect(call(esent.JetCreateDatabase, sesid, null)).toThrow(TypeError);
    expect(call(esent.JetCreateDatabase, 1, dbPath())).toThrow(TypeError);
    expect(call(esent.JetCreateDatabase, sesid, dbPath(), 5)).toThrow(TypeError);
    expect(call(esent.JetCreateDatabase2, sesid, dbPath(), '0')).toThrow(TypeError);
    expect(call(esent.JetAttachDatabase, sesid, dbPath(), 'readonly')).toThrow(TypeError);
    expect(call(esent.JetOpenDatabase, sesid, undefined)).toThrow(TypeError);
    expect(call(esent.JetCloseDatabase, sesid, '1')).toThrow(TypeError);
    expect(call(esent.JetCloseDatabase, sesid, 2 ** 32)).toThrow(RangeError);
    expect(call(esent.JetCloseDatabase, sesid, 1.5)).toThrow(RangeError);
    expect(call(esent.JetDetachDatabase, sesid, 7)).toThrow(TypeError);
    expect(call(esent.JetGetDatabaseInfo, sesid, 1, 'misc')).toThrow(TypeError);
    expect(call(esent.JetGetDatabaseFileInfo, Buffer.from('x'), 0)).toThrow(TypeError);
    // the session check runs before the engine: an unknown session is JET_errInvalidSesid
    expectJetError(() => esent.JetCreateDatabase(123n as typeof sesid, dbPath()), esent.JET_errInvalidSesid);
  });

  test("a database call naming another thread's session is JET_errSessionSharingViolation (-1910)", async () => {
    const { sesid } = env.session();
    const path = dbPath();
    const dbid = esent.JetCreateDatabase(sesid, path);
    const worker = await RpcWorker.start();
    env.defer(() => worker.terminate());
    for (const [fn, args] of [
      ['JetOpenDatabase', [sesid, path]],
      ['JetCloseDatabase', [sesid, dbid]],
      ['JetGetDatabaseInfo', [sesid, dbid, esent.JET_DbInfoPageSize]],
      ['JetDetachDatabase', [sesid, path]],
      ['JetCreateDatabase', [sesid, dbPath('other.edb')]],
    ] as const) {
      const error = await worker.fails(fn, ...args);
      expect(error.code, fn).toBe(esent.JET_errSessionSharingViolation);
    }
    // the owner's session and database still work
    esent.JetCloseDatabase(sesid, dbid);
    esent.JetDetachDatabase(sesid, path);
  });
});
