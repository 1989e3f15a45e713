// Argument checking: wrong types are TypeError, out-of-range numbers RangeError, before anything
// reaches the engine, and never a crash. After every bad call the session still works.
import { describe, expect, test } from 'vitest';
import { caught, esent, useTestEnv } from './helpers.js';
import type { JET_INSTANCE, JET_SESID } from './helpers.js';

type Call = (handles: { instance: JET_INSTANCE; sesid: JET_SESID }) => unknown;

// Each entry: description, the call. `any` keeps the deliberately wrong arguments compiling.
/* eslint-disable @typescript-eslint/no-explicit-any */
const api = esent as any;

const typeErrors: Array<[string, Call]> = [
  ['JetCreateInstance(42)', () => api.JetCreateInstance(42)],
  ['JetCreateInstance({})', () => api.JetCreateInstance({})],
  ['JetCreateInstance2(name, 5)', () => api.JetCreateInstance2('n-' + Math.random(), 5)],
  ['JetCreateInstance2(name, "d", "0")', () => api.JetCreateInstance2('n-' + Math.random(), 'd', '0')],
  ['JetInit("instance")', () => api.JetInit('instance')],
  ['JetInit(undefined)', () => api.JetInit(undefined)],
  ['JetInit(1) (a number, not a bigint handle)', () => api.JetInit(1)],
  ['JetTerm({})', () => api.JetTerm({})],
  ['JetTerm2(instance, "8")', ({ instance }) => api.JetTerm2(instance, '8')],
  ['JetBeginSession(null)', () => api.JetBeginSession(null, '', '')],
  ['JetBeginSession(instance, 5)', ({ instance }) => api.JetBeginSession(instance, 5, '')],
  ['JetBeginTransaction()', () => api.JetBeginTransaction()],
  ['JetBeginTransaction("1")', () => api.JetBeginTransaction('1')],
  ['JetBeginTransaction(1)', () => api.JetBeginTransaction(1)],
  ['JetBeginTransaction(null)', () => api.JetBeginTransaction(null)],
  ['JetBeginTransaction2(sesid, "0")', ({ sesid }) => api.JetBeginTransaction2(sesid, '0')],
  ['JetCommitTransaction(sesid, "0")', ({ sesid }) => api.JetCommitTransaction(sesid, '0')],
  ['JetCommitTransaction(sesid, {})', ({ sesid }) => api.JetCommitTransaction(sesid, {})],
  ['JetRollback(sesid, true)', ({ sesid }) => api.JetRollback(sesid, true)],
  ['JetEndSession("s")', () => api.JetEndSession('s', 0)],
  ['JetDupSession([])', () => api.JetDupSession([])],
  ['JetGetVersion(Symbol())', () => api.JetGetVersion(Symbol('x'))],
  ['JetSetSessionContext(sesid, "ctx")', ({ sesid }) => api.JetSetSessionContext(sesid, 'ctx')],
  ['JetSetSessionContext(sesid)', ({ sesid }) => api.JetSetSessionContext(sesid)],
  ['JetSetSystemParameter(instance, null, "5", 1)', ({ instance }) => api.JetSetSystemParameter(instance, null, '5', 1)],
  ['JetSetSystemParameter(instance, null, 0, 0, 42) (szParam not a string)', ({ instance }) => api.JetSetSystemParameter(instance, null, 0, 0, 42)],
  ['JetSetSystemParameter("x", null, 5, 1)', () => api.JetSetSystemParameter('x', null, 5, 1)],
  ['JetGetSystemParameter(instance, null, {})', ({ instance }) => api.JetGetSystemParameter(instance, null, {})],
  ['releaseSession("s")', () => api.releaseSession('s')],
  ['adoptSession(1)', () => api.adoptSession(1)],
];

const rangeErrors: Array<[string, Call]> = [
  ['JetCommitTransaction(sesid, 2 ** 32)', ({ sesid }) => api.JetCommitTransaction(sesid, 2 ** 32)],
  ['JetCommitTransaction(sesid, 1.5)', ({ sesid }) => api.JetCommitTransaction(sesid, 1.5)],
  ['JetCommitTransaction(sesid, NaN)', ({ sesid }) => api.JetCommitTransaction(sesid, Number.NaN)],
  ['JetRollback(sesid, Infinity)', ({ sesid }) => api.JetRollback(sesid, Number.POSITIVE_INFINITY)],
  ['JetBeginTransaction2(sesid, 2 ** 40)', ({ sesid }) => api.JetBeginTransaction2(sesid, 2 ** 40)],
  ['JetEndSession(sesid, 2 ** 33)', ({ sesid }) => api.JetEndSession(sesid, 2 ** 33)],
  ['JetTerm2(instance, 0.5)', ({ instance }) => api.JetTerm2(instance, 0.5)],
  ['JetSetSystemParameter(instance, null, 2 ** 32, 1)', ({ instance }) => api.JetSetSystemParameter(instance, null, 2 ** 32, 1)],
  ['JetSetSystemParameter(instance, null, 5, 2 ** 60) (unsafe integer)', ({ instance }) => api.JetSetSystemParameter(instance, null, 5, 2 ** 60)],
  ['JetSetSystemParameter(instance, null, 5, 2n ** 70n)', ({ instance }) => api.JetSetSystemParameter(instance, null, 5, 2n ** 70n)],
  ['JetSetSessionContext(sesid, 2n ** 65n)', ({ sesid }) => api.JetSetSessionContext(sesid, 2n ** 65n)],
  ['JetSetSessionContext(sesid, 0.25)', ({ sesid }) => api.JetSetSessionContext(sesid, 0.25)],
];

describe('argument checking', () => {
  const env = useTestEnv();

  function afterBadCallTheSessionStillWorks(handles: { instance: JET_INSTANCE; sesid: JET_SESID }) {
    esent.JetBeginTransaction(handles.sesid);
    esent.JetCommitTransaction(handles.sesid, 0);
  }

  test.each(typeErrors)('%s throws TypeError', (_label, call) => {
    const handles = env.session();
    const error = caught(() => call(handles));
    expect(error).toBeInstanceOf(TypeError);
    afterBadCallTheSessionStillWorks(handles);
  });

  test.each(rangeErrors)('%s throws RangeError', (_label, call) => {
    const handles = env.session();
    const error = caught(() => call(handles));
    expect(error).toBeInstanceOf(RangeError);
    afterBadCallTheSessionStillWorks(handles);
  });

  test('a bad argument inside a transaction leaves the transaction as it was', () => {
    const handles = env.session();
    esent.JetBeginTransaction(handles.sesid);
    expect(caught(() => api.JetCommitTransaction(handles.sesid, 'x'))).toBeInstanceOf(TypeError);
    esent.JetCommitTransaction(handles.sesid, 0);
    expect(caught(() => esent.JetCommitTransaction(handles.sesid, 0))).toBeInstanceOf(esent.EsentError);
  });

  test('strings with an embedded NUL are refused, not truncated', () => {
    const { instance } = env.session();
    const error = caught(() => esent.JetSetSystemParameter(instance, null, esent.JET_paramBaseName, 0, 'a\0b'));
    expect(error).toBeInstanceOf(TypeError);
  });
});
