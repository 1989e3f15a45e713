// Type-level tests of the branded handles, compiled by `tsc -p test/types/tsconfig.json` (no emit,
// never run). Each `@ts-expect-error` line must be an error: if a change makes it compile, tsc
// reports the unused directive and the suite fails. The lines without it must compile.
import * as esent from '../../dist/index.js';
import type { JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../dist/index.js';

declare const instance: JET_INSTANCE;
declare const sesid: JET_SESID;
declare const tableid: JET_TABLEID;
declare const dbid: JET_DBID;
declare const columnid: JET_COLUMNID;
declare const plainBigint: bigint;
declare const plainNumber: number;

// --- handles of one kind do not pass for another, nor does a plain bigint or number ---

// @ts-expect-error a plain bigint is not a session
export const fromBigint: JET_SESID = plainBigint;
// @ts-expect-error a bigint literal is not a session
export const fromLiteral: JET_SESID = 1n;
// @ts-expect-error an instance is not a session
export const sessionFromInstance: JET_SESID = instance;
// @ts-expect-error a session is not an instance
export const instanceFromSession: JET_INSTANCE = sesid;
// @ts-expect-error a table is not a session
export const sessionFromTable: JET_SESID = tableid;
// @ts-expect-error a session is not a table
export const tableFromSession: JET_TABLEID = sesid;
// @ts-expect-error a plain number is not a database id
export const dbidFromNumber: JET_DBID = plainNumber;
// @ts-expect-error a database id is not a column id
export const columnFromDbid: JET_COLUMNID = dbid;
// @ts-expect-error a column id is not a database id
export const dbidFromColumn: JET_DBID = columnid;

// --- the functions take only the right kind ---

// @ts-expect-error a plain bigint is not a session
esent.JetBeginTransaction(plainBigint);
// @ts-expect-error an instance is not a session
esent.JetCommitTransaction(instance, 0);
// @ts-expect-error a session is not an instance
esent.JetBeginSession(sesid, '', '');
// @ts-expect-error a plain bigint is not an instance
esent.JetInit(1n);
// @ts-expect-error a session is not an instance
esent.JetTerm(sesid);
// @ts-expect-error adoptSession takes a session
esent.adoptSession(instance);

// --- what must compile ---

// handles are still bigints and numbers underneath
export const asBigint: bigint = sesid;
export const instanceAsBigint: bigint = instance;
export const dbidAsNumber: number = dbid;

export function lifecycle(name: string): void {
  const created: JET_INSTANCE = esent.JetCreateInstance(name);
  const created2: JET_INSTANCE = esent.JetCreateInstance2(name, 'display', 0);
  esent.JetSetSystemParameter(created, null, esent.JET_paramMaxSessions, 8);
  esent.JetSetSystemParameter(null, null, esent.JET_paramSystemPath, 0, '/tmp/x/');
  const got: { lParam: unknown; szParam: string } = esent.JetGetSystemParameter(created, null, esent.JET_paramBaseName);
  void got;
  esent.JetInit(created);
  esent.JetInit2(created2, 0);
  const session: JET_SESID = esent.JetBeginSession(created, '', '');
  const dup: JET_SESID = esent.JetDupSession(session);
  esent.JetBeginTransaction(session);
  esent.JetBeginTransaction2(session, esent.JET_bitTransactionReadOnly);
  esent.JetCommitTransaction(session, esent.JET_bitCommitLazyFlush);
  esent.JetRollback(session, esent.JET_bitRollbackAll);
  esent.JetSetSessionContext(session, 0x1234);
  esent.JetResetSessionContext(session);
  const version: number = esent.JetGetVersion(session);
  void version;
  esent.releaseSession(dup);
  esent.adoptSession(dup);
  esent.JetEndSession(dup, 0);
  esent.JetEndSession(session);
  esent.JetTerm(created);
  esent.JetTerm2(created2, esent.JET_bitTermDirty);
  esent.JetBeginTransaction(esent.JET_sesidNil);
}

// --- databases, tables, columns and records take only their kinds ---

// @ts-expect-error a table is not a database id
esent.JetOpenTable(sesid, tableid, 't');
// @ts-expect-error a session is not a table
esent.JetCloseTable(sesid, sesid);
// @ts-expect-error a plain number is not a column id
esent.JetSetColumn(sesid, tableid, plainNumber, null);
// @ts-expect-error a database id is not a column id
esent.JetRetrieveColumn(sesid, tableid, dbid);
// @ts-expect-error column data are bytes, not a string
esent.JetSetColumn(sesid, tableid, columnid, 'text');

export function data(session: JET_SESID, path: string): Buffer | null {
  const db: JET_DBID = esent.JetCreateDatabase(session, path);
  const table: JET_TABLEID = esent.JetCreateTable(session, db, 'people');
  const id: JET_COLUMNID = esent.JetAddColumn(session, table, 'id', { coltyp: esent.JET_coltypLong });
  esent.JetPrepareUpdate(session, table, esent.JET_prepInsert);
  esent.JetSetColumn(session, table, id, Buffer.from([1, 0, 0, 0]));
  const bookmark: Buffer = esent.JetUpdate(session, table);
  esent.JetGotoBookmark(session, table, bookmark);
  esent.JetMove(session, table, esent.JET_MoveFirst);
  const cursor: JET_TABLEID = esent.JetDupCursor(session, table);
  esent.JetCloseTable(session, cursor);
  const info: { columnid: JET_COLUMNID; coltyp: number } = esent.JetGetTableColumnInfo(session, table, 'id');
  void info;
  return esent.JetRetrieveColumn(session, table, id);
}

export function errors(error: unknown): number | undefined {
  if (error instanceof esent.EsentError) {
    const code: number = error.code;
    const name: string = error.errorName;
    const message: string = error.message;
    void name;
    void message;
    return code;
  }
  return undefined;
}
