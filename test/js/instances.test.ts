// Instances: creation, names, paths, JetInit and JetTerm, as esent.dll behaves.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { asFolder, caught, esent, expectJetError, setInstancePaths, uniqueName, useTestEnv } from './helpers.js';

describe('instances', () => {
  const env = useTestEnv();

  test('JetCreateInstance returns a bigint handle that JetTerm frees', () => {
    const instance = env.createInstance();
    expect(typeof instance).toBe('bigint');
    esent.JetTerm(instance);
  });

  test('JetCreateInstance2 takes a display name and grbit', () => {
    const instance = esent.JetCreateInstance2(uniqueName(), 'display name for the event log', 0);
    env.track(instance);
    expect(typeof instance).toBe('bigint');
    const withoutGrbit = esent.JetCreateInstance2(uniqueName(), 'second');
    env.track(withoutGrbit);
    expect(withoutGrbit).not.toBe(instance);
  });

  test('a second instance with the same name is JET_errInstanceNameInUse (-1086)', () => {
    const name = uniqueName();
    env.createInstance(name);
    expectJetError(() => esent.JetCreateInstance(name), esent.JET_errInstanceNameInUse);
    expectJetError(() => esent.JetCreateInstance2(name, 'other'), -1086);
  });

  test('two unnamed instances collide too (-1086)', () => {
    const unnamed = esent.JetCreateInstance();
    env.track(unnamed);
    expectJetError(() => esent.JetCreateInstance(), esent.JET_errInstanceNameInUse);
    esent.JetTerm(unnamed);
    env.track(esent.JetCreateInstance());
  });

  test('instance names compare case-sensitively', () => {
    const name = uniqueName('CaseName');
    env.createInstance(name);
    expect(() => env.createInstance(name.toLowerCase())).not.toThrow();
  });

  test('a name is free again once its instance is terminated', () => {
    const name = uniqueName();
    esent.JetTerm(esent.JetCreateInstance(name));
    expect(() => env.createInstance(name)).not.toThrow();
  });

  test('JetTerm on a created, never-initialised instance succeeds', () => {
    const instance = env.configuredInstance();
    expect(() => esent.JetTerm(instance)).not.toThrow();
  });

  test('JetInit writes its log into the log path', () => {
    env.initInstance();
    expect(readdirSync(env.paths.logs).length).toBeGreaterThan(0);
  });

  test('JetInit, JetInit2 and JetInit3 each initialise an instance', () => {
    const a = env.configuredInstance(env.morePaths('a'));
    esent.JetInit(a);
    const b = env.configuredInstance(env.morePaths('b'));
    esent.JetInit2(b, 0);
    const c = env.configuredInstance(env.morePaths('c'));
    esent.JetInit3(c, null, 0);
    for (const instance of [a, b, c]) {
      const sesid = esent.JetBeginSession(instance, '', '');
      esent.JetEndSession(sesid, 0);
    }
  });

  test('JetInit twice is JET_errAlreadyInitialized (-1030) and the instance keeps running', () => {
    const instance = env.initInstance();
    expectJetError(() => esent.JetInit(instance), esent.JET_errAlreadyInitialized);
    const sesid = esent.JetBeginSession(instance, '', '');
    esent.JetBeginTransaction(sesid);
    esent.JetCommitTransaction(sesid, 0);
    esent.JetEndSession(sesid, 0);
    esent.JetTerm(instance);
  });

  test('JetBeginSession before JetInit is JET_errNotInitialized (-1029)', () => {
    const instance = env.configuredInstance();
    expectJetError(() => esent.JetBeginSession(instance, '', ''), esent.JET_errNotInitialized);
    esent.JetInit(instance);
    expect(() => esent.JetEndSession(esent.JetBeginSession(instance, '', ''), 0)).not.toThrow();
  });

  test('CreatePathIfNotExist lets JetInit create missing system and log folders', () => {
    const system = join(env.paths.root, 'new', 'system');
    const logs = join(env.paths.root, 'new', 'logs');
    const instance = env.createInstance();
    setInstancePaths(instance, { system, logs, temp: join(env.paths.root, 'new', 'temp') });
    esent.JetSetSystemParameter(instance, null, esent.JET_paramCreatePathIfNotExist, 1);
    esent.JetInit(instance);
    expect(existsSync(system)).toBe(true);
    expect(existsSync(logs)).toBe(true);
  });

  test('without CreatePathIfNotExist, JetInit refuses missing folders and creates nothing', () => {
    const missing = join(env.paths.root, 'missing');
    const instance = env.createInstance();
    setInstancePaths(instance, { system: join(missing, 'system'), logs: join(missing, 'logs'), temp: join(missing, 'temp') });
    const error = caught(() => esent.JetInit(instance));
    // ESENT's code depends on which file it tried first; any JET error, never a created folder
    expect(error).toBeInstanceOf(esent.EsentError);
    expect((error as esent.EsentError).code).toBeLessThan(0);
    expect(existsSync(missing)).toBe(false);
  });

  describe('paths shared by two live instances', () => {
    // ESENT checks at JetInit, against every other initialised instance: the temporary database
    // first, then the system path, then the log path.
    test('the same system path is JET_errSystemPathInUse (-1083)', () => {
      env.initInstance();
      const other = env.morePaths('other');
      const second = env.configuredInstance({ ...other, system: env.paths.system });
      expectJetError(() => esent.JetInit(second), esent.JET_errSystemPathInUse);
    });

    test('the same log path is JET_errLogFilePathInUse (-1084)', () => {
      env.initInstance();
      const other = env.morePaths('other');
      const second = env.configuredInstance({ ...other, logs: env.paths.logs });
      expectJetError(() => esent.JetInit(second), esent.JET_errLogFilePathInUse);
    });

    test('the same temporary database is JET_errTempPathInUse (-1085)', () => {
      env.initInstance();
      const other = env.morePaths('other');
      const second = env.configuredInstance({ ...other, temp: env.paths.temp });
      expectJetError(() => esent.JetInit(second), esent.JET_errTempPathInUse);
    });

    test('a failed JetInit frees the instance: its name can be used again and the handle is refused', () => {
      env.initInstance();
      const name = uniqueName();
      const second = env.configuredInstance({ ...env.morePaths('other'), system: env.paths.system }, name);
      expectJetError(() => esent.JetInit(second), esent.JET_errSystemPathInUse);
      expect(() => env.createInstance(name)).not.toThrow();
      expectJetError(() => esent.JetBeginSession(second, '', ''), esent.JET_errInvalidInstance);
    });

    test('separate paths for each instance work side by side', () => {
      const first = env.initInstance();
      const second = env.configuredInstance(env.morePaths('other'));
      esent.JetInit(second);
      const a = esent.JetBeginSession(first, '', '');
      const b = esent.JetBeginSession(second, '', '');
      esent.JetBeginTransaction(a);
      esent.JetBeginTransaction(b);
      esent.JetCommitTransaction(a, 0);
      esent.JetRollback(b, 0);
    });

    test('a terminated instance no longer holds its paths', () => {
      esent.JetTerm(env.initInstance());
      expect(() => esent.JetInit(env.configuredInstance())).not.toThrow();
    });
  });

  describe('JetTerm', () => {
    test('refuses with JET_errTooManyActiveUsers (-1059) while a transaction is open, and the instance stays usable', () => {
      const { instance, sesid } = env.session();
      esent.JetBeginTransaction(sesid);
      expectJetError(() => esent.JetTerm(instance), esent.JET_errTooManyActiveUsers);
      // still fully usable: the transaction goes on, new sessions begin
      esent.JetBeginTransaction(sesid);
      esent.JetCommitTransaction(sesid, 0);
      const other = esent.JetBeginSession(instance, '', '');
      esent.JetEndSession(other, 0);
      esent.JetCommitTransaction(sesid, 0);
      expect(() => esent.JetTerm(instance)).not.toThrow();
    });

    test('refuses even for an empty transaction on a second session', () => {
      const { instance, sesid } = env.session();
      const idle = esent.JetBeginSession(instance, '', '');
      esent.JetBeginTransaction(idle);
      expectJetError(() => esent.JetTerm(instance), -1059);
      expectJetError(() => esent.JetTerm2(instance, esent.JET_bitTermAbrupt), -1059);
      esent.JetRollback(idle, 0);
      esent.JetEndSession(sesid, 0);
      esent.JetTerm(instance);
    });

    test('open sessions without a transaction do not block it, and their handles die with the instance', () => {
      const { instance, sesid } = env.session();
      const second = esent.JetBeginSession(instance, '', '');
      esent.JetTerm(instance);
      expectJetError(() => esent.JetBeginTransaction(sesid), esent.JET_errInvalidSesid);
      expectJetError(() => esent.JetEndSession(second, 0), esent.JET_errInvalidSesid);
    });

    test('JET_bitTermDirty terminates with a transaction open', () => {
      const { instance, sesid } = env.session();
      esent.JetBeginTransaction(sesid);
      esent.JetBeginTransaction(sesid);
      expect(() => esent.JetTerm2(instance, esent.JET_bitTermDirty)).not.toThrow();
      expectJetError(() => esent.JetCommitTransaction(sesid, 0), esent.JET_errInvalidSesid);
    });

    test('JetTerm2 with JET_bitTermComplete terminates an idle instance', () => {
      const { instance } = env.session();
      expect(() => esent.JetTerm2(instance, esent.JET_bitTermComplete)).not.toThrow();
    });

    test('an instance can be re-created on the same paths after termination, and recovers its log', () => {
      const name = uniqueName();
      const first = env.configuredInstance(env.paths, name);
      esent.JetInit(first);
      esent.JetTerm(first);
      const again = env.configuredInstance(env.paths, name);
      expect(() => esent.JetInit(again)).not.toThrow();
    });
  });

  describe('invalid instance handles', () => {
    test('a terminated instance handle is refused with JET_errInvalidInstance', () => {
      const instance = env.initInstance();
      esent.JetTerm(instance);
      expectJetError(() => esent.JetBeginSession(instance, '', ''), esent.JET_errInvalidInstance);
      expectJetError(() => esent.JetInit(instance), esent.JET_errInvalidInstance);
      expectJetError(() => esent.JetTerm(instance), esent.JET_errInvalidInstance);
      expectJetError(
        () => esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 4),
        esent.JET_errInvalidInstance,
      );
    });

    test('a made-up instance handle is refused with JET_errInvalidInstance, never reaching the engine', () => {
      const madeUp = 0x1234_5678n as unknown as esent.JET_INSTANCE;
      expectJetError(() => esent.JetInit(madeUp), esent.JET_errInvalidInstance);
      expectJetError(() => esent.JetBeginSession(madeUp, '', ''), esent.JET_errInvalidInstance);
      expectJetError(() => esent.JetTerm(madeUp), esent.JET_errInvalidInstance);
    });

    test('a session handle is not an instance handle', () => {
      const { sesid } = env.session();
      expectJetError(
        () => esent.JetBeginSession(sesid as unknown as esent.JET_INSTANCE, '', ''),
        esent.JET_errInvalidInstance,
      );
    });
  });

  test('folder parameters come back absolute with a trailing separator', () => {
    const instance = env.createInstance();
    esent.JetSetSystemParameter(instance, null, esent.JET_paramSystemPath, 0, env.paths.system);
    const { szParam } = esent.JetGetSystemParameter(instance, null, esent.JET_paramSystemPath);
    expect(szParam.toLowerCase()).toBe(asFolder(env.paths.system).toLowerCase());
  });
});
