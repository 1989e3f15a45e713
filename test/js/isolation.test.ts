// Isolation between sessions (DESIGN.md §3, ESENT-NOTES.md): a transaction reads the data as of its
// level-0 begin plus its own changes; JetPrepareUpdate(Replace), JetDelete and JetGetLock(write)
// fail at once with JET_errWriteConflict (-1102) against another session's uncommitted change or a
// change committed after the transaction began; escrow deltas commute; rolling back a level undoes
// exactly that level; level-0 updates commit on their own; read-only transactions refuse updates.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { esent, expectJetError, useTestEnv } from './helpers.js';
import type { TestEnv } from './helpers.js';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../../dist/index.js';

function int32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32LE(v);
  return b;
}

/** A session with its own cursor on table "t". */
interface Side {
  sesid: JET_SESID;
  tableid: JET_TABLEID;
}

interface Setup {
  a: Side;
  b: Side;
  id: JET_COLUMNID;
  count: JET_COLUMNID;
}

/**
 * Table "t" with an "id" and an escrow counter "count" (default 0), holding the records `ids`
 * (inserted at level 0), and two sessions, each with its own cursor on it.
 */
function setUp(env: TestEnv, ids: number[] = [1]): Setup {
  const { instance, sesid } = env.session();
  const path = join(env.paths.root, 'isolation.edb');
  const dbid = esent.JetCreateDatabase(sesid, path);
  const created = esent.JetCreateTable(sesid, dbid, 't');
  const id = esent.JetAddColumn(sesid, created, 'id', { coltyp: esent.JET_coltypLong });
  const count = esent.JetAddColumn(sesid, created, 'count',
    { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnEscrowUpdate }, int32(0));
  for (const value of ids) {
    esent.JetPrepareUpdate(sesid, created, esent.JET_prepInsert);
    esent.JetSetColumn(sesid, created, id, int32(value));
    esent.JetUpdate(sesid, created);
  }
  // JetCreateTable's cursor is exclusive: close it so the other session can open the table.
  esent.JetCloseTable(sesid, created);
  const a = { sesid, tableid: esent.JetOpenTable(sesid, dbid, 't') };
  const other = esent.JetBeginSession(instance, '', '');
  const b = { sesid: other, tableid: esent.JetOpenTable(other, esent.JetOpenDatabase(other, path), 't') };
  return { a, b, id, count };
}

function moveFirst(side: Side): boolean {
  try {
    esent.JetMove(side.sesid, side.tableid, esent.JET_MoveFirst);
    return true;
  } catch (error) {
    if ((error as esent.EsentError).code === esent.JET_errNoCurrentRecord) return false;
    throw error;
  }
}

/** Every record's value of `column`, first to last, as `side` sees them. */
function values(side: Side, column: JET_COLUMNID): Array<number | null> {
  const out: Array<number | null> = [];
  if (!moveFirst(side)) return out;
  for (;;) {
    out.push(esent.JetRetrieveColumn(side.sesid, side.tableid, column)?.readInt32LE(0) ?? null);
    try {
      esent.JetMove(side.sesid, side.tableid, esent.JET_MoveNext);
    } catch (error) {
      if ((error as esent.EsentError).code === esent.JET_errNoCurrentRecord) return out;
      throw error;
    }
  }
}

function insert(side: Side, column: JET_COLUMNID, value: number): void {
  esent.JetPrepareUpdate(side.sesid, side.tableid, esent.JET_prepInsert);
  esent.JetSetColumn(side.sesid, side.tableid, column, int32(value));
  esent.JetUpdate(side.sesid, side.tableid);
}

/** Replaces `column` of the first record. */
function replaceFirst(side: Side, column: JET_COLUMNID, value: number, prep = esent.JET_prepReplace): void {
  moveFirst(side);
  esent.JetPrepareUpdate(side.sesid, side.tableid, prep);
  esent.JetSetColumn(side.sesid, side.tableid, column, int32(value));
  esent.JetUpdate(side.sesid, side.tableid);
}

describe('isolation between sessions', () => {
  const env = useTestEnv();

  test('a transaction reads the data as of its begin; its own changes are visible to it alone', () => {
    const { a, b, id } = setUp(env);
    esent.JetBeginTransaction(b.sesid);
    expect(values(b, id)).toEqual([1]);

    esent.JetBeginTransaction(a.sesid);
    insert(a, id, 2);
    replaceFirst(a, id, 10);
    expect(values(a, id)).toEqual([10, 2]); // its own changes
    expect(values(b, id)).toEqual([1]); // uncommitted: invisible
    esent.JetCommitTransaction(a.sesid);
    expect(values(b, id)).toEqual([1]); // committed after b's transaction began: still invisible
    esent.JetCommitTransaction(b.sesid);
    expect(values(b, id)).toEqual([10, 2]); // at level 0 each read sees the newest committed data

    // A transaction begun now sees it, and keeps seeing it when it is deleted meanwhile.
    esent.JetBeginTransaction(b.sesid);
    expect(values(b, id)).toEqual([10, 2]);
    moveFirst(a);
    esent.JetDelete(a.sesid, a.tableid);
    expect(values(a, id)).toEqual([2]);
    expect(values(b, id)).toEqual([10, 2]);
    esent.JetRollback(b.sesid);
    expect(values(b, id)).toEqual([2]);
  });

  test('Replace, Delete and a write lock fail at once with JET_errWriteConflict (-1102) on another session\'s uncommitted change', () => {
    const { a, b, id } = setUp(env);
    esent.JetBeginTransaction(a.sesid);
    esent.JetBeginTransaction(b.sesid);
    replaceFirst(a, id, 5);
    moveFirst(b);
    expect(esent.JetRetrieveColumn(b.sesid, b.tableid, id)).toEqual(int32(1));
    expectJetError(() => esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplace), esent.JET_errWriteConflict);
    expect(esent.JET_errWriteConflict).toBe(-1102);
    expectJetError(() => esent.JetDelete(b.sesid, b.tableid), -1102);
    expectJetError(() => esent.JetGetLock(b.sesid, b.tableid, esent.JET_bitWriteLock), -1102);
    // b's transaction goes on: reading still works.
    expect(esent.JetRetrieveColumn(b.sesid, b.tableid, id)).toEqual(int32(1));

    // Committed after b's transaction began: still a conflict for b.
    esent.JetCommitTransaction(a.sesid);
    expectJetError(() => esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplace), -1102);
    expectJetError(() => esent.JetDelete(b.sesid, b.tableid), -1102);
    expectJetError(() => esent.JetGetLock(b.sesid, b.tableid, esent.JET_bitWriteLock), -1102);
    esent.JetRollback(b.sesid);

    // A transaction begun after the commit may change the record.
    esent.JetBeginTransaction(b.sesid);
    replaceFirst(b, id, 6);
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, id)).toEqual([6]);
  });

  test('JetPrepareUpdate(Replace) in a transaction locks the record at once, until commit or rollback, even after a cancel', () => {
    const { a, b, id } = setUp(env);
    esent.JetBeginTransaction(a.sesid);
    moveFirst(a);
    esent.JetPrepareUpdate(a.sesid, a.tableid, esent.JET_prepReplace);
    esent.JetPrepareUpdate(a.sesid, a.tableid, esent.JET_prepCancel);
    esent.JetBeginTransaction(b.sesid);
    moveFirst(b);
    expectJetError(() => esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplace), -1102);
    expectJetError(() => esent.JetDelete(b.sesid, b.tableid), -1102);
    // ReplaceNoLock prepares, and fails at JetUpdate; the update stays prepared.
    esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplaceNoLock);
    esent.JetSetColumn(b.sesid, b.tableid, id, int32(7));
    expectJetError(() => esent.JetUpdate(b.sesid, b.tableid), -1102);
    esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepCancel);
    esent.JetRollback(b.sesid);
    esent.JetRollback(a.sesid);
    // The lock went with a's rollback.
    esent.JetBeginTransaction(b.sesid);
    esent.JetGetLock(b.sesid, b.tableid, esent.JET_bitWriteLock);
    replaceFirst(b, id, 8);
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, id)).toEqual([8]);
  });

  test('escrow updates from two sessions commute; each sees its own snapshot of the total', () => {
    const { a, b, count } = setUp(env);
    esent.JetBeginTransaction(a.sesid);
    esent.JetBeginTransaction(b.sesid);
    moveFirst(a);
    moveFirst(b);
    expect(esent.JetEscrowUpdate(a.sesid, a.tableid, count, 1)).toEqual(int32(0));
    expect(esent.JetEscrowUpdate(a.sesid, a.tableid, count, int32(2))).toEqual(int32(1));
    // No conflict with a's pending deltas. (The previous value it returns is the engine's current
    // total, which in ESENT includes a's uncommitted deltas: not asserted here.)
    esent.JetEscrowUpdate(b.sesid, b.tableid, count, 10);
    expect(values(a, count)).toEqual([3]);
    expect(values(b, count)).toEqual([10]);
    // A pending delta conflicts with another session's replace.
    moveFirst(b);
    expectJetError(() => esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplace), -1102);
    esent.JetCommitTransaction(a.sesid);
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, count)).toEqual([13]);
    expect(values(b, count)).toEqual([13]);

    // A rolled-back delta leaves no trace; the other one stays.
    esent.JetBeginTransaction(a.sesid);
    esent.JetBeginTransaction(b.sesid);
    moveFirst(a);
    moveFirst(b);
    esent.JetEscrowUpdate(a.sesid, a.tableid, count, 100);
    esent.JetEscrowUpdate(b.sesid, b.tableid, count, -3);
    esent.JetRollback(a.sesid);
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, count)).toEqual([10]);
  });

  test('rolling back a nested level undoes exactly that level\'s changes and closes the cursors it opened', () => {
    const { a, b, id } = setUp(env);
    esent.JetBeginTransaction(a.sesid);
    insert(a, id, 2);
    esent.JetBeginTransaction(a.sesid);
    insert(a, id, 3);
    replaceFirst(a, id, 100);
    const inner = esent.JetDupCursor(a.sesid, a.tableid);
    expect(values(a, id)).toEqual([100, 2, 3]);
    esent.JetRollback(a.sesid);
    expect(values(a, id)).toEqual([1, 2]);
    expectJetError(() => esent.JetMove(a.sesid, inner, esent.JET_MoveFirst), esent.JET_errInvalidTableId);
    expect(values(b, id)).toEqual([1]);
    esent.JetCommitTransaction(a.sesid);
    expect(values(b, id)).toEqual([1, 2]);

    // A nested level committed into its parent is undone with the parent.
    esent.JetBeginTransaction(a.sesid);
    esent.JetBeginTransaction(a.sesid);
    insert(a, id, 4);
    esent.JetCommitTransaction(a.sesid);
    expect(values(a, id)).toEqual([1, 2, 4]);
    esent.JetRollback(a.sesid);
    expect(values(a, id)).toEqual([1, 2]);
    expect(values(b, id)).toEqual([1, 2]);
  });

  test('updates at level 0 commit on their own', () => {
    const { a, b, id } = setUp(env, []);
    insert(a, id, 1);
    expect(values(b, id)).toEqual([1]);
    expectJetError(() => esent.JetRollback(a.sesid), esent.JET_errNotInTransaction);
    replaceFirst(a, id, 2);
    expect(values(b, id)).toEqual([2]);
    esent.JetBeginTransaction(b.sesid);
    expect(values(b, id)).toEqual([2]);
    moveFirst(a);
    esent.JetDelete(a.sesid, a.tableid);
    expect(values(a, id)).toEqual([]);
    expect(values(b, id)).toEqual([2]); // b's snapshot predates the delete
    esent.JetCommitTransaction(b.sesid);
    expect(values(b, id)).toEqual([]);
  });

  test('a read-only transaction reads, and refuses every update with JET_errTransReadOnly (-1110)', () => {
    const { a, b, id, count } = setUp(env);
    esent.JetBeginTransaction2(b.sesid, esent.JET_bitTransactionReadOnly);
    expect(values(b, id)).toEqual([1]);
    moveFirst(b);
    expect(esent.JET_errTransReadOnly).toBe(-1110);
    expectJetError(() => esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplace), esent.JET_errTransReadOnly);
    expectJetError(() => esent.JetDelete(b.sesid, b.tableid), -1110);
    expectJetError(() => esent.JetGetLock(b.sesid, b.tableid, esent.JET_bitWriteLock), -1110);
    expectJetError(() => esent.JetEscrowUpdate(b.sesid, b.tableid, count, 1), -1110);
    // An insert is refused too (ESENT at JetPrepareUpdate; the refusal may come at JetUpdate).
    expectJetError(() => insert(b, id, 2), -1110);
    try {
      esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepCancel);
    } catch (error) {
      expect((error as esent.EsentError).code).toBe(esent.JET_errUpdateNotPrepared);
    }
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, id)).toEqual([1]);
    // The next transaction may write again.
    esent.JetBeginTransaction(b.sesid);
    insert(b, id, 2);
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, id)).toEqual([1, 2]);
  });

  test('a write lock committed after a transaction began conflicts with that transaction\'s updates', () => {
    const { a, b, id } = setUp(env);
    esent.JetBeginTransaction(b.sesid);
    expect(values(b, id)).toEqual([1]);
    // a locks the record and commits without changing it.
    esent.JetBeginTransaction(a.sesid);
    moveFirst(a);
    esent.JetGetLock(a.sesid, a.tableid, esent.JET_bitWriteLock);
    esent.JetCommitTransaction(a.sesid);
    moveFirst(b);
    expect(esent.JetRetrieveColumn(b.sesid, b.tableid, id)).toEqual(int32(1));
    expectJetError(() => esent.JetPrepareUpdate(b.sesid, b.tableid, esent.JET_prepReplace), esent.JET_errWriteConflict);
    esent.JetRollback(b.sesid);
    // Begun after the lock's commit: no conflict.
    esent.JetBeginTransaction(b.sesid);
    replaceFirst(b, id, 3);
    esent.JetCommitTransaction(b.sesid);
    expect(values(a, id)).toEqual([3]);
  });
});
