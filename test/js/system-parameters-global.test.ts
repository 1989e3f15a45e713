// Global system parameters (instance null). ESENT lets intrinsically global parameters such as
// DatabasePageSize change only while no instance exists in the process; once the last instance is
// gone they may change again. This file runs in its own process (vitest forks, isolated), and every
// test leaves no instance behind, so each starts with none.
import { afterEach, describe, expect, test } from 'vitest';
import { esent, expectJetError, useTestEnv } from './helpers.js';

function globalNumber(paramid: number): number {
  return Number(esent.JetGetSystemParameter(null, null, paramid).lParam);
}

describe('global system parameters', () => {
  const env = useTestEnv();

  // Each test starts from ESENT's default page size, whatever the one before it left behind.
  afterEach(() => {
    try {
      esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, 4096);
    } catch {
      // an instance is still alive: the test that left it has already failed
    }
  });

  test('DatabasePageSize defaults to 4096 and reads back what was set while no instance exists', () => {
    expect(globalNumber(esent.JET_paramDatabasePageSize)).toBe(4096);
    esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, 8192);
    expect(globalNumber(esent.JET_paramDatabasePageSize)).toBe(8192);
    esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, 4096);
    expect(globalNumber(esent.JET_paramDatabasePageSize)).toBe(4096);
  });

  test('DatabasePageSize must be a power of two no larger than 32768', () => {
    for (const bad of [5000, 12288, 65536]) {
      expectJetError(() => esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, bad), esent.JET_errInvalidParameter);
    }
    expect(globalNumber(esent.JET_paramDatabasePageSize)).toBe(4096);
  });

  test('DatabasePageSize cannot change while an instance exists, and can again once it is gone', () => {
    const instance = env.createInstance();
    expectJetError(() => esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, 8192), esent.JET_errAlreadyInitialized);
    expectJetError(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramDatabasePageSize, 8192), esent.JET_errAlreadyInitialized);
    // a global parameter reads the same through any instance
    expect(Number(esent.JetGetSystemParameter(instance, null, esent.JET_paramDatabasePageSize).lParam)).toBe(4096);
    esent.JetTerm(instance);
    esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, 8192);
    expect(globalNumber(esent.JET_paramDatabasePageSize)).toBe(8192);
    esent.JetSetSystemParameter(null, null, esent.JET_paramDatabasePageSize, 4096);
  });

  test('an instance parameter set globally becomes the default of instances created afterwards', () => {
    esent.JetSetSystemParameter(null, null, esent.JET_paramMaxSessions, 24);
    try {
      expect(globalNumber(esent.JET_paramMaxSessions)).toBe(24);
      const instance = env.createInstance();
      expect(Number(esent.JetGetSystemParameter(instance, null, esent.JET_paramMaxSessions).lParam)).toBe(24);
      // changing the instance leaves the global value alone
      esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 30);
      expect(globalNumber(esent.JET_paramMaxSessions)).toBe(24);
      esent.JetTerm(instance);
    } finally {
      esent.JetSetSystemParameter(null, null, esent.JET_paramMaxSessions, 16);
    }
  });

  test('ErrorToString works with no instance at all', () => {
    const { szParam } = esent.JetGetSystemParameter(null, null, esent.JET_paramErrorToString, esent.JET_errTransTooDeep);
    expect(szParam).toMatch(/^JET_errTransTooDeep, \S/);
  });
});
