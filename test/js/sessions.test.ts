// Sessions: begin, end, dup, version, MaxSessions, and handles that are not live sessions.
import { describe, expect, test } from 'vitest';
import { ALL_ONES_PTR, esent, expectJetError, useTestEnv } from './helpers.js';
import type { JET_SESID } from './helpers.js';

describe('sessions', () => {
  const env = useTestEnv();

  test('JetBeginSession returns a bigint handle; username and password may be omitted', () => {
    const instance = env.initInstance();
    const a = esent.JetBeginSession(instance, '', '');
    const b = esent.JetBeginSession(instance);
    expect(typeof a).toBe('bigint');
    expect(b).not.toBe(a);
    esent.JetEndSession(a, 0);
    esent.JetEndSession(b);
  });

  test('JetEndSession ends the session: its handle is then JET_errInvalidSesid (-1104)', () => {
    const { sesid } = env.session();
    esent.JetEndSession(sesid, 0);
    expectJetError(() => esent.JetBeginTransaction(sesid), esent.JET_errInvalidSesid);
    expectJetError(() => esent.JetEndSession(sesid, 0), esent.JET_errInvalidSesid);
    expectJetError(() => esent.JetDupSession(sesid), esent.JET_errInvalidSesid);
    expectJetError(() => esent.JetGetVersion(sesid), esent.JET_errInvalidSesid);
  });

  test('session handles are never reused after they end', () => {
    const { instance, sesid } = env.session();
    esent.JetEndSession(sesid, 0);
    const seen = new Set<bigint>([sesid]);
    for (let i = 0; i < 10; i++) {
      const next = esent.JetBeginSession(instance, '', '');
      expect(seen.has(next)).toBe(false);
      seen.add(next);
      esent.JetEndSession(next, 0);
    }
    expectJetError(() => esent.JetBeginTransaction(sesid), -1104);
  });

  test('JetDupSession gives a second, independent session on the same instance', () => {
    const { instance, sesid } = env.session();
    const dup = esent.JetDupSession(sesid);
    expect(typeof dup).toBe('bigint');
    expect(dup).not.toBe(sesid);
    esent.JetBeginTransaction(sesid);
    // the duplicate has its own transaction level
    expectJetError(() => esent.JetCommitTransaction(dup, 0), esent.JET_errNotInTransaction);
    esent.JetBeginTransaction(dup);
    esent.JetCommitTransaction(dup, 0);
    esent.JetEndSession(sesid, 0);
    // ending the original leaves the duplicate alive
    esent.JetBeginTransaction(dup);
    esent.JetRollback(dup, 0);
    esent.JetEndSession(dup, 0);
    esent.JetTerm(instance);
  });

  test('JetGetVersion returns the engine version as a positive number', () => {
    const { sesid } = env.session();
    const version = esent.JetGetVersion(sesid);
    expect(typeof version).toBe('number');
    expect(Number.isInteger(version)).toBe(true);
    expect(version).toBeGreaterThan(0);
  });

  test('the 17th session with the default MaxSessions (16) is JET_errOutOfSessions (-1101)', () => {
    const instance = env.initInstance();
    const sessions: JET_SESID[] = [];
    for (let i = 0; i < 16; i++) sessions.push(esent.JetBeginSession(instance, '', ''));
    expectJetError(() => esent.JetBeginSession(instance, '', ''), esent.JET_errOutOfSessions);
    // ending one frees a slot
    esent.JetEndSession(sessions.pop()!, 0);
    sessions.push(esent.JetBeginSession(instance, '', ''));
    // the sessions already begun keep working
    esent.JetBeginTransaction(sessions[0]!);
    esent.JetCommitTransaction(sessions[0]!, 0);
    for (const sesid of sessions) esent.JetEndSession(sesid, 0);
  });

  test('MaxSessions set before JetInit bounds the sessions, JetDupSession included', () => {
    const instance = env.initInstance((i) => esent.JetSetSystemParameter(i, null, esent.JET_paramMaxSessions, 2));
    const first = esent.JetBeginSession(instance, '', '');
    const second = esent.JetDupSession(first);
    expectJetError(() => esent.JetBeginSession(instance, '', ''), esent.JET_errOutOfSessions);
    expectJetError(() => esent.JetDupSession(first), esent.JET_errOutOfSessions);
    esent.JetEndSession(second, 0);
    esent.JetEndSession(first, 0);
  });

  describe('handles that are not live sessions are refused with JET_errInvalidSesid, and the process carries on', () => {
    const madeUp = [0x1n, 0x7fff_0000n, 0x1234_5678_9abcn];
    test.each(madeUp)('a made-up handle %s', (value) => {
      const { sesid } = env.session();
      const fake = value as unknown as JET_SESID;
      expectJetError(() => esent.JetBeginTransaction(fake), esent.JET_errInvalidSesid);
      expectJetError(() => esent.JetCommitTransaction(fake, 0), -1104);
      expectJetError(() => esent.JetRollback(fake, 0), -1104);
      expectJetError(() => esent.JetEndSession(fake, 0), -1104);
      expectJetError(() => esent.JetDupSession(fake), -1104);
      expectJetError(() => esent.JetGetVersion(fake), -1104);
      expectJetError(() => esent.JetSetSessionContext(fake, 0x1234), -1104);
      expectJetError(() => esent.JetResetSessionContext(fake), -1104);
      // the real session is untouched
      esent.JetBeginTransaction(sesid);
      esent.JetCommitTransaction(sesid, 0);
    });

    test('JET_sesidNil', () => {
      env.session();
      expect(esent.JET_sesidNil).toBe(ALL_ONES_PTR);
      expectJetError(() => esent.JetBeginTransaction(esent.JET_sesidNil), esent.JET_errInvalidSesid);
      expectJetError(() => esent.JetEndSession(esent.JET_sesidNil, 0), -1104);
    });

    test('zero', () => {
      expectJetError(() => esent.JetBeginTransaction(0n as unknown as JET_SESID), esent.JET_errInvalidSesid);
    });

    test('an instance handle used as a session', () => {
      const { instance } = env.session();
      expectJetError(() => esent.JetBeginTransaction(instance as unknown as JET_SESID), esent.JET_errInvalidSesid);
    });

    test('a session of a terminated instance', () => {
      const { instance, sesid } = env.session();
      esent.JetTerm(instance);
      expectJetError(() => esent.JetBeginTransaction(sesid), esent.JET_errInvalidSesid);
    });
  });
});
