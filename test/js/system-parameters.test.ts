// System parameters on an instance: ids, defaults, types, ranges and the set-before-init rules, as
// esent.dll has them (values read from ESE's parameter table: MaxSessions 16, MaxOpenTables 300,
// MaxCursors 1024, MaxVerPages 64, LogFileSize 5120, BaseName "edb", Recovery "on", ...).
// Global parameters (instance null) live in system-parameters-global.test.ts, in their own process.
import { describe, expect, test } from 'vitest';
import { asFolder, esent, expectJetError, useTestEnv } from './helpers.js';
import type { JET_INSTANCE } from './helpers.js';

function getNumber(instance: JET_INSTANCE | null, paramid: number): number {
  return Number(esent.JetGetSystemParameter(instance, null, paramid).lParam);
}

function getString(instance: JET_INSTANCE | null, paramid: number): string {
  return esent.JetGetSystemParameter(instance, null, paramid).szParam;
}

describe('system parameters', () => {
  const env = useTestEnv();

  test('the parameter ids are esent.h values', () => {
    expect({
      SystemPath: esent.JET_paramSystemPath,
      TempPath: esent.JET_paramTempPath,
      LogFilePath: esent.JET_paramLogFilePath,
      BaseName: esent.JET_paramBaseName,
      MaxSessions: esent.JET_paramMaxSessions,
      MaxOpenTables: esent.JET_paramMaxOpenTables,
      MaxCursors: esent.JET_paramMaxCursors,
      MaxVerPages: esent.JET_paramMaxVerPages,
      LogFileSize: esent.JET_paramLogFileSize,
      CommitDefault: esent.JET_paramCommitDefault,
      CircularLog: esent.JET_paramCircularLog,
      Recovery: esent.JET_paramRecovery,
      NoInformationEvent: esent.JET_paramNoInformationEvent,
      DatabasePageSize: esent.JET_paramDatabasePageSize,
      ErrorToString: esent.JET_paramErrorToString,
      CreatePathIfNotExist: esent.JET_paramCreatePathIfNotExist,
      Configuration: esent.JET_paramConfiguration,
      EnableAdvanced: esent.JET_paramEnableAdvanced,
    }).toEqual({
      SystemPath: 0,
      TempPath: 1,
      LogFilePath: 2,
      BaseName: 3,
      MaxSessions: 5,
      MaxOpenTables: 6,
      MaxCursors: 8,
      MaxVerPages: 9,
      LogFileSize: 11,
      CommitDefault: 16,
      CircularLog: 17,
      Recovery: 34,
      NoInformationEvent: 50,
      DatabasePageSize: 64,
      ErrorToString: 70,
      CreatePathIfNotExist: 100,
      Configuration: 129,
      EnableAdvanced: 130,
    });
  });

  test('a new instance has ESENT defaults', () => {
    const instance = env.createInstance();
    expect(getNumber(instance, esent.JET_paramMaxSessions)).toBe(16);
    expect(getNumber(instance, esent.JET_paramMaxOpenTables)).toBe(300);
    expect(getNumber(instance, esent.JET_paramMaxCursors)).toBe(1024);
    expect(getNumber(instance, esent.JET_paramMaxVerPages)).toBe(64);
    expect(getNumber(instance, esent.JET_paramLogFileSize)).toBe(5120);
    expect(getNumber(instance, esent.JET_paramCircularLog)).toBe(0);
    expect(getNumber(instance, esent.JET_paramCreatePathIfNotExist)).toBe(0);
    expect(getNumber(instance, esent.JET_paramNoInformationEvent)).toBe(0);
    expect(getNumber(instance, esent.JET_paramCommitDefault)).toBe(0);
    expect(getNumber(instance, esent.JET_paramEnableAdvanced)).toBe(1);
    expect(getNumber(instance, esent.JET_paramConfiguration)).toBe(1);
    expect(getString(instance, esent.JET_paramBaseName)).toBe('edb');
    expect(getString(instance, esent.JET_paramRecovery).toLowerCase()).toBe('on');
  });

  describe('set then get on an instance before JetInit', () => {
    const integers: Array<[string, number, number]> = [
      ['MaxSessions', 5, 40],
      ['MaxOpenTables', 6, 500],
      ['MaxCursors', 8, 2000],
      ['MaxVerPages', 9, 128],
      ['LogFileSize', 11, 1024],
    ];
    test.each(integers)('%s (%i) reads back what was set', (_name, paramid, value) => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, paramid, value);
      expect(getNumber(instance, paramid)).toBe(value);
    });

    const booleans: Array<[string, number]> = [
      ['CircularLog', 17],
      ['NoInformationEvent', 50],
      ['CreatePathIfNotExist', 100],
      ['EnableAdvanced', 130],
    ];
    test.each(booleans)('boolean %s (%i) reads back as 0 or 1', (_name, paramid) => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, paramid, 0);
      expect(getNumber(instance, paramid)).toBe(0);
      esent.JetSetSystemParameter(instance, null, paramid, 7);
      expect(getNumber(instance, paramid)).toBe(1);
    });

    test('BaseName is exactly three characters', () => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramBaseName, 0, 'abc');
      expect(getString(instance, esent.JET_paramBaseName)).toBe('abc');
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramBaseName, 0, 'ab'), esent.JET_errInvalidParameter);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramBaseName, 0, 'abcd'), esent.JET_errInvalidParameter);
      expect(getString(instance, esent.JET_paramBaseName)).toBe('abc');
    });

    test('Recovery is a string', () => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramRecovery, 0, 'off');
      expect(getString(instance, esent.JET_paramRecovery)).toBe('off');
    });

    test('SystemPath and LogFilePath read back as the folders set', () => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramSystemPath, 0, asFolder(env.paths.system));
      esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFilePath, 0, asFolder(env.paths.logs));
      expect(getString(instance, esent.JET_paramSystemPath).toLowerCase()).toBe(asFolder(env.paths.system).toLowerCase());
      expect(getString(instance, esent.JET_paramLogFilePath).toLowerCase()).toBe(asFolder(env.paths.logs).toLowerCase());
    });

    test('CommitDefault takes commit grbits and refuses others with JET_errInvalidParameter', () => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramCommitDefault, esent.JET_bitCommitLazyFlush);
      expect(getNumber(instance, esent.JET_paramCommitDefault)).toBe(esent.JET_bitCommitLazyFlush);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramCommitDefault, 0x4), esent.JET_errInvalidParameter);
    });

    test('Configuration JET_configDefault (1) resets the other parameters to their defaults', () => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 40);
      esent.JetSetSystemParameter(instance, null, esent.JET_paramConfiguration, 1);
      expect(getNumber(instance, esent.JET_paramConfiguration)).toBe(1);
      expect(getNumber(instance, esent.JET_paramMaxSessions)).toBe(16);
    });

    test('with EnableAdvanced off, advanced parameters such as MaxSessions are silently ignored', () => {
      const instance = env.createInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramEnableAdvanced, 0);
      esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 40);
      expect(getNumber(instance, esent.JET_paramMaxSessions)).toBe(16);
    });

    test('one instance\'s parameters do not change another\'s', () => {
      const a = env.createInstance();
      const b = env.createInstance();
      esent.JetSetSystemParameter(a, null, esent.JET_paramMaxSessions, 40);
      expect(getNumber(b, esent.JET_paramMaxSessions)).toBe(16);
    });
  });

  describe('ranges', () => {
    test('values outside a parameter\'s range are JET_errInvalidParameter (-1003) and change nothing', () => {
      const instance = env.createInstance();
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 30001), esent.JET_errInvalidParameter);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxVerPages, 0), -1003);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFileSize, 32), -1003);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFileSize, 32769), -1003);
      expect(getNumber(instance, esent.JET_paramMaxSessions)).toBe(16);
      expect(getNumber(instance, esent.JET_paramLogFileSize)).toBe(5120);
    });

    test('an unknown parameter id is JET_errInvalidParameter', () => {
      const instance = env.createInstance();
      expectJetError(() => esent.JetSetSystemParameter(instance, null, 100_000, 1), esent.JET_errInvalidParameter);
      expectJetError(() => esent.JetGetSystemParameter(instance, null, 100_000), esent.JET_errInvalidParameter);
    });

    test('ErrorToString cannot be set', () => {
      const instance = env.createInstance();
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramErrorToString, 0, 'x'), esent.JET_errInvalidParameter);
    });
  });

  describe('after JetInit', () => {
    const fixedAtInit: Array<[string, number, number]> = [
      ['MaxSessions', 5, 40],
      ['MaxOpenTables', 6, 500],
      ['MaxCursors', 8, 2000],
      ['MaxVerPages', 9, 128],
      ['LogFileSize', 11, 1024],
      ['CircularLog', 17, 1],
      ['Configuration', 129, 1],
    ];
    test.each(fixedAtInit)('%s (%i) is JET_errAlreadyInitialized (-1030) once initialised', (_name, paramid, value) => {
      const instance = env.initInstance();
      expectJetError(() => esent.JetSetSystemParameter(instance, null, paramid, value), esent.JET_errAlreadyInitialized);
    });

    test('path and name parameters are JET_errAlreadyInitialized once initialised', () => {
      const instance = env.initInstance();
      const elsewhere = asFolder(env.morePaths('elsewhere').system);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramSystemPath, 0, elsewhere), -1030);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFilePath, 0, elsewhere), -1030);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramTempPath, 0, elsewhere), -1030);
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramBaseName, 0, 'xyz'), -1030);
    });

    test('a refused set leaves the value in force', () => {
      const instance = env.initInstance((i) => esent.JetSetSystemParameter(i, null, esent.JET_paramMaxSessions, 20));
      expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 40), -1030);
      expect(getNumber(instance, esent.JET_paramMaxSessions)).toBe(20);
    });

    test('setting a parameter to the value it already has succeeds', () => {
      const instance = env.initInstance();
      expect(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 16)).not.toThrow();
    });

    test('CommitDefault and CreatePathIfNotExist may still be set', () => {
      const instance = env.initInstance();
      esent.JetSetSystemParameter(instance, null, esent.JET_paramCommitDefault, esent.JET_bitCommitLazyFlush);
      expect(getNumber(instance, esent.JET_paramCommitDefault)).toBe(esent.JET_bitCommitLazyFlush);
      esent.JetSetSystemParameter(instance, null, esent.JET_paramCreatePathIfNotExist, 1);
      expect(getNumber(instance, esent.JET_paramCreatePathIfNotExist)).toBe(1);
    });

    test('parameters can be read through a session of the instance', () => {
      const { instance, sesid } = env.session();
      expect(Number(esent.JetGetSystemParameter(instance, sesid, esent.JET_paramMaxSessions).lParam)).toBe(16);
      expect(Number(esent.JetGetSystemParameter(null, sesid, esent.JET_paramMaxSessions).lParam)).toBe(16);
    });
  });

  describe('ErrorToString', () => {
    test('gives "JET_errXxx, description" for an error code', () => {
      const { szParam } = esent.JetGetSystemParameter(null, null, esent.JET_paramErrorToString, esent.JET_errWriteConflict);
      expect(szParam).toMatch(/^JET_errWriteConflict, \S.*/);
    });

    test('works with an instance too, for any code', () => {
      const instance = env.createInstance();
      const { szParam } = esent.JetGetSystemParameter(instance, null, esent.JET_paramErrorToString, -1104);
      expect(szParam).toMatch(/^JET_errInvalidSesid, \S.*/);
    });
  });
});
