// Every session and instance function in every state: allowed, or one specific JET error
// (in the style of better-sqlite3's integrity test). Each cell builds its state from scratch.
import { describe, expect, test } from 'vitest';
import { esent, useTestEnv } from './helpers.js';
import type { JET_INSTANCE, JET_SESID, TestEnv } from './helpers.js';

const OK = 'ok' as const;
type Outcome = typeof OK | number;

interface SessionState {
  instance: JET_INSTANCE;
  sesid: JET_SESID;
}

const sessionStates: Record<string, (env: TestEnv) => SessionState> = {
  'idle (level 0)': (env) => env.session(),
  'in a transaction': (env) => {
    const state = env.session();
    esent.JetBeginTransaction(state.sesid);
    return state;
  },
  'at level 7': (env) => {
    const state = env.session();
    for (let i = 0; i < 7; i++) esent.JetBeginTransaction(state.sesid);
    return state;
  },
  'with a context set': (env) => {
    const state = env.session();
    esent.JetSetSessionContext(state.sesid, 0x5150);
    return state;
  },
  'released': (env) => {
    const state = env.session();
    esent.releaseSession(state.sesid);
    return state;
  },
  'ended': (env) => {
    const state = env.session();
    esent.JetEndSession(state.sesid, 0);
    return state;
  },
  'instance terminated': (env) => {
    const state = env.session();
    esent.JetTerm(state.instance);
    return state;
  },
};

const sessionCalls: Record<string, (s: SessionState) => unknown> = {
  JetBeginTransaction: ({ sesid }) => esent.JetBeginTransaction(sesid),
  JetCommitTransaction: ({ sesid }) => esent.JetCommitTransaction(sesid, 0),
  JetRollback: ({ sesid }) => esent.JetRollback(sesid, 0),
  'JetRollback(RollbackAll)': ({ sesid }) => esent.JetRollback(sesid, esent.JET_bitRollbackAll),
  JetDupSession: ({ sesid }) => esent.JetEndSession(esent.JetDupSession(sesid), 0),
  JetGetVersion: ({ sesid }) => esent.JetGetVersion(sesid),
  JetSetSessionContext: ({ sesid }) => esent.JetSetSessionContext(sesid, 0x6160),
  JetResetSessionContext: ({ sesid }) => esent.JetResetSessionContext(sesid),
  JetEndSession: ({ sesid }) => esent.JetEndSession(sesid, 0),
  releaseSession: ({ sesid }) => esent.releaseSession(sesid),
  adoptSession: ({ sesid }) => esent.adoptSession(sesid),
};

const SV = -1910; // JET_errSessionSharingViolation
const BAD = -1104; // JET_errInvalidSesid

// rows: calls; columns: the states above, in order
const sessionExpected: Record<string, Outcome[]> = {
  //                           idle    in trx  lvl 7  context released ended term
  JetBeginTransaction:        [OK,     OK,     -1103, OK,     SV,      BAD,  BAD],
  JetCommitTransaction:       [-1054,  OK,     OK,    -1054,  SV,      BAD,  BAD],
  JetRollback:                [-1054,  OK,     OK,    -1054,  SV,      BAD,  BAD],
  'JetRollback(RollbackAll)': [-1054,  OK,     OK,    -1054,  SV,      BAD,  BAD],
  JetDupSession:              [OK,     OK,     OK,    OK,     SV,      BAD,  BAD],
  JetGetVersion:              [OK,     OK,     OK,    OK,     SV,      BAD,  BAD],
  JetSetSessionContext:       [OK,     OK,     OK,    -1912,  SV,      BAD,  BAD],
  JetResetSessionContext:     [-1913,  -1913,  -1913, OK,     SV,      BAD,  BAD],
  JetEndSession:              [OK,     OK,     OK,    -1914,  SV,      BAD,  BAD],
  releaseSession:             [OK,     -1108,  -1108, OK,     SV,      BAD,  BAD],
  adoptSession:               [OK,     OK,     OK,    OK,     OK,      BAD,  BAD],
};

interface InstanceState {
  instance: JET_INSTANCE;
}

const instanceStates: Record<string, (env: TestEnv) => InstanceState> = {
  'created': (env) => ({ instance: env.configuredInstance() }),
  'initialised': (env) => ({ instance: env.initInstance() }),
  'initialised, a transaction open': (env) => {
    const { instance, sesid } = env.session();
    esent.JetBeginTransaction(sesid);
    return { instance };
  },
  'terminated': (env) => {
    const instance = env.initInstance();
    esent.JetTerm(instance);
    return { instance };
  },
  'terminated before init': (env) => {
    const instance = env.configuredInstance();
    esent.JetTerm(instance);
    return { instance };
  },
};

const instanceCalls: Record<string, (s: InstanceState) => unknown> = {
  JetInit: ({ instance }) => esent.JetInit(instance),
  JetBeginSession: ({ instance }) => esent.JetEndSession(esent.JetBeginSession(instance, '', ''), 0),
  'JetSetSystemParameter(MaxSessions)': ({ instance }) => esent.JetSetSystemParameter(instance, null, esent.JET_paramMaxSessions, 9),
  'JetGetSystemParameter(MaxSessions)': ({ instance }) => esent.JetGetSystemParameter(instance, null, esent.JET_paramMaxSessions),
  JetTerm: ({ instance }) => esent.JetTerm(instance),
  'JetTerm2(TermDirty)': ({ instance }) => esent.JetTerm2(instance, esent.JET_bitTermDirty),
};

const INST = -1115; // JET_errInvalidInstance

const instanceExpected: Record<string, Outcome[]> = {
  //                                      created  init   init+trx term  term-before-init
  JetInit:                               [OK,      -1030, -1030,   INST, INST],
  JetBeginSession:                       [-1029,   OK,    OK,      INST, INST],
  'JetSetSystemParameter(MaxSessions)':  [OK,      -1030, -1030,   INST, INST],
  'JetGetSystemParameter(MaxSessions)':  [OK,      OK,    OK,      INST, INST],
  JetTerm:                               [OK,      OK,    -1059,   INST, INST],
  'JetTerm2(TermDirty)':                 [OK,      OK,    OK,      INST, INST],
};

/** 'ok', or the code of the EsentError thrown; any other error fails the test as it is. */
function outcomeOf(fn: () => unknown): Outcome {
  try {
    fn();
    return OK;
  } catch (error) {
    if (error instanceof esent.EsentError) return error.code;
    throw error;
  }
}

function cells<S>(states: Record<string, (env: TestEnv) => S>, calls: Record<string, (s: S) => unknown>, expected: Record<string, Outcome[]>) {
  const stateNames = Object.keys(states);
  const rows: Array<[string, string, Outcome]> = [];
  for (const [call, outcomes] of Object.entries(expected)) {
    expect(outcomes.length).toBe(stateNames.length);
    stateNames.forEach((state, i) => rows.push([call, state, outcomes[i]!]));
  }
  expect(Object.keys(calls).sort()).toEqual(Object.keys(expected).sort());
  return rows;
}

describe('misuse matrix', () => {
  const env = useTestEnv();

  describe('sessions', () => {
    test.each(cells(sessionStates, sessionCalls, sessionExpected))('%s when %s -> %s', (call, state, expected) => {
      const s = sessionStates[state]!(env);
      expect(outcomeOf(() => sessionCalls[call]!(s))).toBe(expected);
    });
  });

  describe('instances', () => {
    test.each(cells(instanceStates, instanceCalls, instanceExpected))('%s when %s -> %s', (call, state, expected) => {
      const s = instanceStates[state]!(env);
      expect(outcomeOf(() => instanceCalls[call]!(s))).toBe(expected);
    });
  });
});
