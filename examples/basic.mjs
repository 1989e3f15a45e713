// A first tour of the low-level API: an instance in a temporary folder, a session, a database
// with a table, records inserted in a transaction and read back in another, a rolled-back change,
// and an EsentError caught. Run it with `node examples/basic.mjs` (or `npm run example`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import * as esent from 'esent';

const folder = mkdtempSync(join(tmpdir(), 'esent-example-'));

// An instance is one transaction log with its checkpoint. Folder parameters end with a separator.
const instance = esent.JetCreateInstance(`example-${process.pid}`);
esent.JetSetSystemParameter(instance, null, esent.JET_paramSystemPath, 0, folder + sep);
esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFilePath, 0, folder + sep);
esent.JetSetSystemParameter(instance, null, esent.JET_paramTempPath, 0, folder + sep);
esent.JetInit(instance);
console.log(`instance initialised in ${folder}`);

// A session is ESENT's transaction context; it belongs to this JavaScript thread.
const sesid = esent.JetBeginSession(instance, '', '');
const dbid = esent.JetCreateDatabase(sesid, join(folder, 'example.edb'));

// A table with a fixed 32-bit id and a Unicode (UTF-16LE, code page 1200) name.
const tableid = esent.JetCreateTable(sesid, dbid, 'people');
const idColumn = esent.JetAddColumn(sesid, tableid, 'id', { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnFixed });
const nameColumn = esent.JetAddColumn(sesid, tableid, 'name', { coltyp: esent.JET_coltypText, cbMax: 200, cp: 1200 });
console.log('table "people" created');

// Column data are ESENT's bytes: little-endian numbers, UTF-16LE text.
const int32 = (value) => { const bytes = Buffer.alloc(4); bytes.writeInt32LE(value, 0); return bytes; };
esent.JetBeginTransaction(sesid);
for (const [id, name] of [[1, 'Ada'], [2, 'Grace'], [3, 'Edsger']]) {
  esent.JetPrepareUpdate(sesid, tableid, esent.JET_prepInsert);
  esent.JetSetColumn(sesid, tableid, idColumn, int32(id));
  esent.JetSetColumn(sesid, tableid, nameColumn, Buffer.from(name, 'utf16le'));
  esent.JetUpdate(sesid, tableid);
}
esent.JetCommitTransaction(sesid, 0); // durable when it returns
console.log('3 records inserted and committed');

// A change rolled back leaves nothing behind.
esent.JetBeginTransaction(sesid);
esent.JetPrepareUpdate(sesid, tableid, esent.JET_prepInsert);
esent.JetSetColumn(sesid, tableid, idColumn, int32(4));
esent.JetUpdate(sesid, tableid);
esent.JetRollback(sesid, 0);

// Read everything back inside a transaction: a consistent snapshot. A table without a primary
// index keeps its records in insertion order.
esent.JetBeginTransaction(sesid);
const people = [];
let onRecord = true;
try {
  esent.JetMove(sesid, tableid, esent.JET_MoveFirst);
} catch (error) {
  if (!(error instanceof esent.EsentError) || error.code !== esent.JET_errNoCurrentRecord) throw error;
  onRecord = false;
}
while (onRecord) {
  const id = esent.JetRetrieveColumn(sesid, tableid, idColumn).readInt32LE(0);
  const name = esent.JetRetrieveColumn(sesid, tableid, nameColumn).toString('utf16le');
  people.push(`${id}:${name}`);
  try {
    esent.JetMove(sesid, tableid, esent.JET_MoveNext);
  } catch (error) {
    if (!(error instanceof esent.EsentError) || error.code !== esent.JET_errNoCurrentRecord) throw error;
    onRecord = false;
  }
}
esent.JetCommitTransaction(sesid, 0);
console.log(`read back: ${people.join(', ')}`);

// Errors are EsentError, with ESENT's code and name; here, a commit with no transaction open.
try {
  esent.JetCommitTransaction(sesid, 0);
} catch (error) {
  if (!(error instanceof esent.EsentError)) throw error;
  console.log(`caught ${error.errorName} (${error.code}): ${error.message}`);
}

esent.JetCloseTable(sesid, tableid);
esent.JetCloseDatabase(sesid, dbid);
esent.JetEndSession(sesid, 0);
esent.JetTerm(instance);
console.log('session ended, instance terminated');
rmSync(folder, { recursive: true, force: true });
