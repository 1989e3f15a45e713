// Child process of crash.test.ts: opens (recovering if needed) the database in the folder it is
// given and commits transactions until it is killed. Transaction n inserts three records carrying
// n (the first with a payload) and adds 1 to an escrow counter in record 0; every third commit is
// durable, the others lazy. After a durable commit returns, n goes to the side file, so the parent
// knows what must survive. Its output goes to files or nowhere (pipes break node.exe under Wine).
import { closeSync, openSync, writeSync } from 'node:fs';
import * as esent from '../../../dist/index.js';
import { openCrashDatabase, scanCrashTable, insertTxnRecord } from './crash-table.mjs';

const [folder, sideFile] = process.argv.slice(2);
const db = openCrashDatabase(esent, folder);
const { sesid, tableid, columns } = db;
let { next, counterBookmark } = scanCrashTable(esent, db);
if (counterBookmark === null) {
  esent.JetBeginTransaction(sesid);
  insertTxnRecord(esent, db, 0, false);
  esent.JetCommitTransaction(sesid, 0);
  ({ next, counterBookmark } = scanCrashTable(esent, db));
}
const side = openSync(sideFile, 'r+');
const word = Buffer.alloc(4);
const one = Buffer.from([1, 0, 0, 0]);
writeSync(side, Buffer.from('READY\0\0\0'), 0, 8, 4);
for (;; next += 1) {
  const durable = next % 3 === 0;
  esent.JetBeginTransaction(sesid);
  for (let row = 0; row < 3; row += 1) insertTxnRecord(esent, db, next, row === 0);
  esent.JetGotoBookmark(sesid, tableid, counterBookmark);
  esent.JetEscrowUpdate(sesid, tableid, columns.counter, one);
  esent.JetCommitTransaction(sesid, durable ? 0 : esent.JET_bitCommitLazyFlush);
  if (durable) {
    word.writeInt32LE(next, 0);
    writeSync(side, word, 0, 4, 0);
  }
}
// never reached: the parent kills this process
closeSync(side);
