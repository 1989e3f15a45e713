// Scale: one run that loads 1,000,000 records of 200 bytes and 1 GiB of long values through the
// low-level API, reads everything back (also after a restart), and prints what it cost as ratios:
// bytes on disk per byte of data, peak memory per byte of data, scan against load throughput.
//
//   npm run bench:scale            (about a minute or two; needs ~2.5 GiB of free disk)
//   node bench/scale.mjs --records 100000 --lv-mib 128     (a smaller run)
//
// The data set is checked, not only timed: every record and every long value is read back and
// compared, so a run that prints figures also proved the engine holds the data.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esent from '../dist/index.js';

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}
const RECORDS = option('records', 1_000_000);
const RECORD_BYTES = 200; // 4-byte id + 196-byte payload
const LV_MIB = option('lv-mib', 1024);
const LV_VALUE_MIB = 4; // each long value: 4 MiB, written in 1 MiB appends
const RECORDS_PER_TXN = 1000;
const LVS_PER_TXN = 8;

const MiB = 1024 * 1024;
const folder = mkdtempSync(join(tmpdir(), 'esent-scale-'));
const dbPath = join(folder, 'scale.edb');
let peakRss = process.memoryUsage().rss;
const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

function startInstance() {
  const instance = esent.JetCreateInstance(`scale-${process.pid}-${Math.random().toString(36).slice(2)}`);
  for (const param of [esent.JET_paramSystemPath, esent.JET_paramLogFilePath, esent.JET_paramTempPath]) {
    esent.JetSetSystemParameter(instance, null, param, 0, folder + sep);
  }
  esent.JetInit(instance);
  return { instance, sesid: esent.JetBeginSession(instance, '', '') };
}

function timed(label, fn) {
  const start = performance.now();
  const result = fn();
  const seconds = (performance.now() - start) / 1000;
  sampleRss();
  console.log(`${label}: ${seconds.toFixed(2)} s`);
  return { seconds, result };
}

function payloadOf(id, into) {
  into.writeInt32LE(id, 0);
  for (let i = 4; i < into.length; i += 4) into.writeInt32LE((id * 2654435761 + i) | 0, i);
  return into;
}

function lvChunk(value, chunk) {
  const buffer = Buffer.alloc(MiB);
  const seed = value * 64 + chunk;
  for (let i = 0; i < MiB; i += 4) buffer.writeInt32LE((seed * 40503 + i) | 0, i);
  return buffer;
}

let { instance, sesid } = startInstance();
const dbid = esent.JetCreateDatabase(sesid, dbPath);
const rows = esent.JetCreateTable(sesid, dbid, 'rows');
const idColumn = esent.JetAddColumn(sesid, rows, 'id', { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnFixed });
const payloadColumn = esent.JetAddColumn(sesid, rows, 'payload', { coltyp: esent.JET_coltypBinary, cbMax: 255 });
esent.JetCloseTable(sesid, rows);
const blobs = esent.JetCreateTable(sesid, dbid, 'blobs');
const blobColumn = esent.JetAddColumn(sesid, blobs, 'blob', { coltyp: esent.JET_coltypLongBinary });
esent.JetCloseTable(sesid, blobs);

console.log(`scale: ${RECORDS.toLocaleString('en')} records of ${RECORD_BYTES} B, ${LV_MIB} MiB of long values in ${LV_VALUE_MIB} MiB values`);

// ---- load the records: lazy commits in batches, the last one durable
const load = timed('load records', () => {
  const table = esent.JetOpenTable(sesid, dbid, 'rows');
  const id = Buffer.alloc(4);
  const payload = Buffer.alloc(RECORD_BYTES - 4);
  for (let n = 0; n < RECORDS; n += RECORDS_PER_TXN) {
    esent.JetBeginTransaction(sesid);
    for (let i = n; i < Math.min(n + RECORDS_PER_TXN, RECORDS); i += 1) {
      esent.JetPrepareUpdate(sesid, table, esent.JET_prepInsert);
      id.writeInt32LE(i, 0);
      esent.JetSetColumn(sesid, table, idColumn, id);
      esent.JetSetColumn(sesid, table, payloadColumn, payloadOf(i, payload));
      esent.JetUpdate(sesid, table);
    }
    esent.JetCommitTransaction(sesid, esent.JET_bitCommitLazyFlush);
    if (n % 100_000 === 0) sampleRss();
  }
  esent.JetCommitTransaction(sesid, esent.JET_bitWaitLastLevel0Commit);
  esent.JetCloseTable(sesid, table);
});

function scanRecords(label) {
  return timed(label, () => {
    const table = esent.JetOpenTable(sesid, dbid, 'rows');
    const expected = Buffer.alloc(RECORD_BYTES - 4);
    let count = 0;
    let moved = true;
    try {
      esent.JetMove(sesid, table, esent.JET_MoveFirst);
    } catch (error) {
      if (error?.code !== esent.JET_errNoCurrentRecord) throw error;
      moved = false;
    }
    while (moved) {
      const id = esent.JetRetrieveColumn(sesid, table, idColumn).readInt32LE(0);
      const payload = esent.JetRetrieveColumn(sesid, table, payloadColumn);
      if (id !== count || !payload.equals(payloadOf(id, expected))) {
        throw new Error(`record ${count} reads back as id ${id} with a different payload`);
      }
      count += 1;
      try {
        esent.JetMove(sesid, table, esent.JET_MoveNext);
      } catch (error) {
        if (error?.code !== esent.JET_errNoCurrentRecord) throw error;
        moved = false;
      }
      if (count % 100_000 === 0) sampleRss();
    }
    esent.JetCloseTable(sesid, table);
    if (count !== RECORDS) throw new Error(`scan found ${count} records, expected ${RECORDS}`);
  });
}

const scan = scanRecords('scan records');

// ---- long values: 1 MiB appends, a few values per transaction (durable commits)
const lvValues = Math.ceil(LV_MIB / LV_VALUE_MIB);
const lvLoad = timed('load long values', () => {
  const table = esent.JetOpenTable(sesid, dbid, 'blobs');
  for (let v = 0; v < lvValues; v += LVS_PER_TXN) {
    esent.JetBeginTransaction(sesid);
    for (let value = v; value < Math.min(v + LVS_PER_TXN, lvValues); value += 1) {
      esent.JetPrepareUpdate(sesid, table, esent.JET_prepInsert);
      for (let chunk = 0; chunk < LV_VALUE_MIB; chunk += 1) {
        esent.JetSetColumn(sesid, table, blobColumn, lvChunk(value, chunk), esent.JET_bitSetAppendLV);
      }
      esent.JetUpdate(sesid, table);
    }
    esent.JetCommitTransaction(sesid, 0);
    sampleRss();
  }
  esent.JetCloseTable(sesid, table);
});

function readLongValues(label) {
  return timed(label, () => {
    const table = esent.JetOpenTable(sesid, dbid, 'blobs');
    esent.JetMove(sesid, table, esent.JET_MoveFirst);
    for (let value = 0; value < lvValues; value += 1) {
      const whole = esent.JetRetrieveColumn(sesid, table, blobColumn);
      if (whole.length !== LV_VALUE_MIB * MiB) throw new Error(`long value ${value} has ${whole.length} bytes`);
      for (let chunk = 0; chunk < LV_VALUE_MIB; chunk += 1) {
        if (!whole.subarray(chunk * MiB, (chunk + 1) * MiB).equals(lvChunk(value, chunk))) {
          throw new Error(`long value ${value} differs in MiB ${chunk}`);
        }
      }
      // A slice read by offset: the last MiB.
      const tail = esent.JetRetrieveColumn(sesid, table, blobColumn, 0, { ibLongValue: (LV_VALUE_MIB - 1) * MiB });
      if (!tail.equals(lvChunk(value, LV_VALUE_MIB - 1))) throw new Error(`long value ${value}: offset read differs`);
      if (value + 1 < lvValues) esent.JetMove(sesid, table, esent.JET_MoveNext);
      if (value % 16 === 0) sampleRss();
    }
    esent.JetCloseTable(sesid, table);
  });
}

const lvRead = readLongValues('read long values');

// ---- restart: a clean term, a new instance, everything read again
timed('term and restart', () => {
  esent.JetCloseDatabase(sesid, dbid);
  esent.JetEndSession(sesid, 0);
  esent.JetTerm(instance);
  ({ instance, sesid } = startInstance());
  esent.JetAttachDatabase(sesid, dbPath);
  return esent.JetOpenDatabase(sesid, dbPath);
});
const rescan = scanRecords('scan records after restart');
readLongValues('read long values after restart');

esent.JetEndSession(sesid, 0);
esent.JetTerm(instance);

const recordBytes = RECORDS * RECORD_BYTES;
const lvBytes = lvValues * LV_VALUE_MIB * MiB;
const fileBytes = statSync(dbPath).size;
const ratio = (a, b) => (a / b).toFixed(2);
console.log('');
console.log(`data: ${(recordBytes / MiB).toFixed(0)} MiB of records + ${(lvBytes / MiB).toFixed(0)} MiB of long values`);
console.log(`database file / data bytes: ${ratio(fileBytes, recordBytes + lvBytes)} (${(fileBytes / MiB).toFixed(0)} MiB)`);
console.log(`peak RSS / data bytes: ${ratio(peakRss, recordBytes + lvBytes)} (${(peakRss / MiB).toFixed(0)} MiB)`);
console.log(`records: load ${Math.round(RECORDS / load.seconds).toLocaleString('en')}/s, scan ${Math.round(RECORDS / scan.seconds).toLocaleString('en')}/s; scan / load speed: ${ratio(load.seconds, scan.seconds)}`);
console.log(`records after restart / before: scan time ratio ${ratio(rescan.seconds, scan.seconds)}`);
console.log(`long values: write ${(lvBytes / MiB / lvLoad.seconds).toFixed(0)} MiB/s, read ${(lvBytes / MiB / lvRead.seconds).toFixed(0)} MiB/s; read / write speed: ${ratio(lvLoad.seconds, lvRead.seconds)}`);
rmSync(folder, { recursive: true, force: true });
