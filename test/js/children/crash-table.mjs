// The table of the crash test, shared by the child that commits (commit-until-killed.mjs) and the
// test that checks what recovery kept (crash.test.ts). `esent` is passed in so both load it once.
import { sep } from 'node:path';

function payloadOf(txn) {
  // Every 5th transaction's payload is large enough to be a separate long value.
  const size = txn % 5 === 0 ? 40_000 : 16;
  const value = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) value[i] = (txn * 31 + i) & 0xff;
  return value;
}

/** Starts an instance in `folder` (JetInit recovers what a crash left) and opens the table. */
export function openCrashDatabase(esent, folder) {
  const instance = esent.JetCreateInstance(`crash-${process.pid}-${Date.now()}`);
  for (const param of [esent.JET_paramSystemPath, esent.JET_paramLogFilePath, esent.JET_paramTempPath]) {
    esent.JetSetSystemParameter(instance, null, param, 0, folder + sep);
  }
  esent.JetSetSystemParameter(instance, null, esent.JET_paramNoInformationEvent, 1);
  esent.JetInit(instance);
  const sesid = esent.JetBeginSession(instance, '', '');
  const path = folder + sep + 'crash.edb';
  let dbid;
  try {
    esent.JetAttachDatabase(sesid, path);
    dbid = esent.JetOpenDatabase(sesid, path);
  } catch (error) {
    if (error?.code !== esent.JET_errFileNotFound) throw error;
    dbid = esent.JetCreateDatabase(sesid, path);
    const created = esent.JetCreateTable(sesid, dbid, 'crash');
    esent.JetAddColumn(sesid, created, 'txn', { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnFixed });
    esent.JetAddColumn(sesid, created, 'payload', { coltyp: esent.JET_coltypLongBinary, grbit: esent.JET_bitColumnTagged });
    esent.JetAddColumn(sesid, created, 'counter', { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnEscrowUpdate },
      Buffer.alloc(4));
    esent.JetCloseTable(sesid, created);
  }
  const tableid = esent.JetOpenTable(sesid, dbid, 'crash');
  const column = (name) => esent.JetGetTableColumnInfo(sesid, tableid, name).columnid;
  return { instance, sesid, dbid, tableid, columns: { txn: column('txn'), payload: column('payload'), counter: column('counter') } };
}

export function insertTxnRecord(esent, db, txn, withPayload) {
  const { sesid, tableid, columns } = db;
  esent.JetPrepareUpdate(sesid, tableid, esent.JET_prepInsert);
  const id = Buffer.alloc(4);
  id.writeInt32LE(txn, 0);
  esent.JetSetColumn(sesid, tableid, columns.txn, id);
  if (withPayload) esent.JetSetColumn(sesid, tableid, columns.payload, payloadOf(txn));
  esent.JetUpdate(sesid, tableid);
}

/**
 * Reads the whole table. Returns the next transaction number to use (transactions 0..next-1 are
 * present and whole), or `broken` describing the first way the table is not a whole prefix.
 */
export function scanCrashTable(esent, db) {
  const { sesid, tableid, columns } = db;
  const rows = new Map();
  const payloads = new Map();
  let counter = null;
  let counterBookmark = null;
  let broken = null;
  let more = true;
  try {
    esent.JetMove(sesid, tableid, esent.JET_MoveFirst);
  } catch (error) {
    if (error?.code !== esent.JET_errNoCurrentRecord) throw error;
    more = false;
  }
  while (more) {
    const txn = esent.JetRetrieveColumn(sesid, tableid, columns.txn).readInt32LE(0);
    rows.set(txn, (rows.get(txn) ?? 0) + 1);
    if (txn === 0) {
      counter = esent.JetRetrieveColumn(sesid, tableid, columns.counter).readInt32LE(0);
      counterBookmark = esent.JetGetBookmark(sesid, tableid);
    } else {
      const payload = esent.JetRetrieveColumn(sesid, tableid, columns.payload);
      if (payload !== null) {
        if (payload.equals(payloadOf(txn))) payloads.set(txn, (payloads.get(txn) ?? 0) + 1);
        else broken ??= `transaction ${txn}: its payload reads back different`;
      }
    }
    try {
      esent.JetMove(sesid, tableid, esent.JET_MoveNext);
    } catch (error) {
      if (error?.code !== esent.JET_errNoCurrentRecord) throw error;
      more = false;
    }
  }
  let next = 0;
  for (const txn of [...rows.keys()].sort((a, b) => a - b)) {
    const expectedRows = txn === 0 ? 1 : 3;
    if (txn !== next) broken ??= `transaction ${next} is missing but ${txn} is there`;
    else if (rows.get(txn) !== expectedRows) broken ??= `transaction ${txn} has ${rows.get(txn)} of ${expectedRows} records`;
    else if (txn !== 0 && payloads.get(txn) !== 1) broken ??= `transaction ${txn} lost its payload`;
    next = txn + 1;
  }
  if (counter !== null && counter !== next - 1) broken ??= `the escrow counter is ${counter}, expected ${next - 1}`;
  return { next, counter, counterBookmark, broken };
}
