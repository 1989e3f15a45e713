// A first tour of the low-level API: an instance in a temporary folder, a session, nested
// transactions committed and rolled back, and an EsentError caught. Run it with
// `node examples/basic.mjs` (or `npm run example`).
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
console.log(`session begun (engine version ${esent.JetGetVersion(sesid)})`);

esent.JetBeginTransaction(sesid); // level 1
esent.JetBeginTransaction(sesid); // level 2
esent.JetRollback(sesid, 0); // undoes level 2 only
console.log('nested transaction rolled back');
esent.JetCommitTransaction(sesid, 0); // level 1 is durable when this returns
console.log('outer transaction committed');

// Errors are EsentError, with ESENT's code and name; here, a commit with no transaction open.
try {
  esent.JetCommitTransaction(sesid, 0);
} catch (error) {
  if (!(error instanceof esent.EsentError)) throw error;
  console.log(`caught ${error.errorName} (${error.code}): ${error.message}`);
}

esent.JetEndSession(sesid, 0);
esent.JetTerm(instance);
console.log('session ended, instance terminated');
rmSync(folder, { recursive: true, force: true });
