// Records from JS: insert, read, replace and delete with every column type, NULL vs zero-length vs
// default, NOT NULL, multi-valued, autoincrement, version and escrow columns, long values,
// navigation and bookmarks, duplicate cursors, the many-column calls, record sizes, and misuse.
// Column data are ESENT's bytes: little-endian numbers, UTF-16LE for cp 1200, bytes for cp 1252.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { caught, esent, expectJetError, useTestEnv } from './helpers.js';
import type { JET_INSTANCE, TestEnv } from './helpers.js';
import type { ColumnDefinition, JET_COLUMNID, JET_DBID, JET_SESID, JET_TABLEID } from '../../dist/index.js';
import { RpcWorker } from './rpc-worker.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const api = esent as any;

// ---------------------------------------------------------------- bytes

function int16(v: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeInt16LE(v);
  return b;
}
function int32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32LE(v);
  return b;
}
function int64(v: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(v);
  return b;
}
const ascii = (text: string) => Buffer.from(text, 'latin1');
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

// ---------------------------------------------------------------- fixture

interface Db {
  sesid: JET_SESID;
  dbid: JET_DBID;
  path: string;
  instance: JET_INSTANCE;
}

function openDatabase(env: TestEnv): Db {
  const { instance, sesid } = env.session();
  const path = join(env.paths.root, 'records.edb');
  const dbid = esent.JetCreateDatabase(sesid, path);
  return { instance, sesid, dbid, path };
}

type ColumnSpec = ColumnDefinition & { pvDefault?: Uint8Array };

/** Creates a table with these columns; returns its (exclusive) cursor and the column ids by name. */
function createTable<K extends string>(db: Db, name: string, columns: Record<K, ColumnSpec>): {
  tableid: JET_TABLEID;
  c: Record<K, JET_COLUMNID>;
} {
  const tableid = esent.JetCreateTable(db.sesid, db.dbid, name);
  const c = {} as Record<K, JET_COLUMNID>;
  for (const [column, spec] of Object.entries(columns) as Array<[K, ColumnSpec]>) {
    const { pvDefault, ...columndef } = spec;
    c[column] = esent.JetAddColumn(db.sesid, tableid, column, columndef, pvDefault ?? null);
  }
  return { tableid, c };
}

/** The usual table: a fixed Long "id", a NOT NULL Short, and columns of each kind. */
function standardTable(db: Db, name = 't') {
  return createTable(db, name, {
    id: { coltyp: esent.JET_coltypLong },
    nn: { coltyp: esent.JET_coltypShort, grbit: esent.JET_bitColumnNotNULL },
    text: { coltyp: esent.JET_coltypText, cbMax: 20, cp: 1252 },
    binary: { coltyp: esent.JET_coltypBinary },
    tagged: { coltyp: esent.JET_coltypBinary, grbit: esent.JET_bitColumnTagged },
    multi: { coltyp: esent.JET_coltypBinary, grbit: esent.JET_bitColumnTagged | esent.JET_bitColumnMultiValued },
    lv: { coltyp: esent.JET_coltypLongBinary },
    def: { coltyp: esent.JET_coltypLong, pvDefault: int32(42) },
  });
}

type Standard = ReturnType<typeof standardTable>;

/** Inserts a record with `id` (and the NOT NULL column); returns its bookmark. */
function insert(db: Db, t: Standard, id: number, tableid: JET_TABLEID = t.tableid): Buffer {
  esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
  esent.JetSetColumn(db.sesid, tableid, t.c.id, int32(id));
  esent.JetSetColumn(db.sesid, tableid, t.c.nn, int16(1));
  return esent.JetUpdate(db.sesid, tableid);
}

function readId(db: Db, t: Standard, tableid: JET_TABLEID = t.tableid): number | undefined {
  return esent.JetRetrieveColumn(db.sesid, tableid, t.c.id)?.readInt32LE(0);
}

/** The ids of every record, first to last. */
function allIds(db: Db, t: Standard, tableid: JET_TABLEID = t.tableid): number[] {
  const ids: number[] = [];
  try {
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
  } catch (error) {
    if ((error as esent.EsentError).code === esent.JET_errNoCurrentRecord) return ids;
    throw error;
  }
  for (;;) {
    ids.push(readId(db, t, tableid)!);
    try {
      esent.JetMove(db.sesid, tableid, esent.JET_MoveNext);
    } catch (error) {
      if ((error as esent.EsentError).code === esent.JET_errNoCurrentRecord) return ids;
      throw error;
    }
  }
}

describe('records', () => {
  const env = useTestEnv();

  test('the constants have esent.h values', () => {
    expect([esent.JET_prepInsert, esent.JET_prepReplace, esent.JET_prepCancel, esent.JET_prepReplaceNoLock,
      esent.JET_prepInsertCopy, esent.JET_prepInsertCopyDeleteOriginal]).toEqual([0, 2, 3, 4, 5, 7]);
    expect([esent.JET_bitSetAppendLV, esent.JET_bitSetOverwriteLV, esent.JET_bitSetSizeLV, esent.JET_bitSetZeroLength,
      esent.JET_bitSetSeparateLV, esent.JET_bitSetUniqueMultiValues, esent.JET_bitSetRevertToDefaultValue,
      esent.JET_bitSetIntrinsicLV]).toEqual([0x1, 0x4, 0x8, 0x20, 0x40, 0x80, 0x200, 0x400]);
    expect([esent.JET_bitRetrieveCopy, esent.JET_bitRetrieveFromIndex, esent.JET_bitRetrieveFromPrimaryBookmark,
      esent.JET_bitRetrieveTag, esent.JET_bitRetrieveNull, esent.JET_bitRetrieveIgnoreDefault])
      .toEqual([0x1, 0x2, 0x4, 0x8, 0x10, 0x20]);
    expect([esent.JET_bitEnumeratePresenceOnly, esent.JET_bitEnumerateTaggedOnly, esent.JET_bitEnumerateCompressOutput])
      .toEqual([0x20000, 0x40000, 0x80000]);
    expect([esent.JET_bitEscrowNoRollback, esent.JET_bitReadLock, esent.JET_bitWriteLock, esent.JET_bitMoveKeyNE])
      .toEqual([0x1, 0x1, 0x2, 0x1]);
    // JET_MoveFirst is esent.h's 0x80000000 as the signed 32-bit cRow it becomes.
    expect([esent.JET_MoveFirst, esent.JET_MovePrevious, esent.JET_MoveNext, esent.JET_MoveLast])
      .toEqual([0x80000000 | 0, -1, 1, 0x7fffffff]);
    expect([esent.JET_wrnColumnNull, esent.JET_wrnBufferTruncated, esent.JET_wrnColumnSetNull]).toEqual([1004, 1006, 1068]);
  });

  test('every fixed-size column type keeps its little-endian bytes; Bit stores true as 0xFF', () => {
    const db = openDatabase(env);
    const guid = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const double = Buffer.alloc(8);
    double.writeDoubleLE(-1234.5678);
    const single = Buffer.alloc(4);
    single.writeFloatLE(3.5);
    const date = Buffer.alloc(8);
    date.writeDoubleLE(45000.25); // an OLE Automation date: days since 30 December 1899
    const values: Array<[string, number, Buffer, Buffer?]> = [
      ['bit', esent.JET_coltypBit, Buffer.from([1]), Buffer.from([0xff])],
      ['ubyte', esent.JET_coltypUnsignedByte, Buffer.from([0xfe])],
      ['short', esent.JET_coltypShort, int16(-2)],
      ['ushort', esent.JET_coltypUnsignedShort, Buffer.from([0xff, 0xff])],
      ['long', esent.JET_coltypLong, int32(-123456789)],
      ['ulong', esent.JET_coltypUnsignedLong, Buffer.from([0xff, 0xff, 0xff, 0xfe])],
      ['longlong', esent.JET_coltypLongLong, int64(-(2n ** 62n))],
      ['ulonglong', esent.JET_coltypUnsignedLongLong, Buffer.from('feffffffffffffff', 'hex')],
      ['currency', esent.JET_coltypCurrency, int64(1234567890123n)],
      ['single', esent.JET_coltypIEEESingle, single],
      ['double', esent.JET_coltypIEEEDouble, double],
      ['datetime', esent.JET_coltypDateTime, date],
      ['guid', esent.JET_coltypGUID, guid],
    ];
    const { tableid, c } = createTable(db, 'fixed',
      Object.fromEntries(values.map(([name, coltyp]) => [name, { coltyp }])) as Record<string, ColumnSpec>);
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
    for (const [name, , bytes] of values) expect(esent.JetSetColumn(db.sesid, tableid, c[name]!, bytes)).toBe(0);
    // A fixed column takes exactly its type's size.
    expectJetError(() => esent.JetSetColumn(db.sesid, tableid, c.long!, int16(1)), esent.JET_errInvalidBufferSize);
    esent.JetUpdate(db.sesid, tableid);
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
    for (const [name, , bytes, stored] of values) {
      expect(esent.JetRetrieveColumn(db.sesid, tableid, c[name]!), name).toEqual(stored ?? bytes);
    }
  });

  test('text is bytes: cp 1252 one byte per character, cp 1200 UTF-16LE; long text and long binary likewise', () => {
    const db = openDatabase(env);
    const { tableid, c } = createTable(db, 'text', {
      ascii: { coltyp: esent.JET_coltypText, cp: 1252 },
      unicode: { coltyp: esent.JET_coltypText, cp: 1200 },
      binary: { coltyp: esent.JET_coltypBinary, cbMax: 16 },
      longText: { coltyp: esent.JET_coltypLongText, cp: 1200 },
      longBinary: { coltyp: esent.JET_coltypLongBinary },
    });
    const longText = 'Grüße, 世界! '.repeat(2000);
    const longBinary = Buffer.alloc(50_000, 0xab);
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, tableid, c.ascii, ascii('Hello, caf\xe9'));
    esent.JetSetColumn(db.sesid, tableid, c.unicode, utf16('héllo €'));
    esent.JetSetColumn(db.sesid, tableid, c.binary, new Uint8Array([0, 1, 2, 0, 255]));
    esent.JetSetColumn(db.sesid, tableid, c.longText, utf16(longText));
    esent.JetSetColumn(db.sesid, tableid, c.longBinary, longBinary);
    esent.JetUpdate(db.sesid, tableid);
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.ascii)!.toString('latin1')).toBe('Hello, caf\xe9');
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.unicode)!.toString('utf16le')).toBe('héllo €');
    expect([...esent.JetRetrieveColumn(db.sesid, tableid, c.binary)!]).toEqual([0, 1, 2, 0, 255]);
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.longText)!.toString('utf16le')).toBe(longText);
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.longBinary)).toEqual(longBinary);
  });

  test('insert, read, replace and delete; after a delete the cursor stays between the neighbours', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    insert(db, t, 1);
    insert(db, t, 2);
    insert(db, t, 3);
    expect(allIds(db, t)).toEqual([1, 2, 3]);

    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveNext);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.id, int32(20));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.text, ascii('two'));
    esent.JetUpdate(db.sesid, t.tableid);
    expect(readId(db, t)).toBe(20);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.text)!.toString('latin1')).toBe('two');

    esent.JetDelete(db.sesid, t.tableid);
    expectJetError(() => esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.id), esent.JET_errRecordDeleted);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveNext);
    expect(readId(db, t)).toBe(3);
    expect(allIds(db, t)).toEqual([1, 3]);
  });

  test('NULL, zero-length and default values are three different things', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(1));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.binary, Buffer.alloc(0), esent.JET_bitSetZeroLength);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.tagged, ascii('x'));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.tagged, null);
    // Zero bytes without JET_bitSetZeroLength is NULL too.
    esent.JetSetColumn(db.sesid, t.tableid, t.c.text, new Uint8Array(0));
    // The copy buffer shows the prepared values.
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.binary, esent.JET_bitRetrieveCopy)).toEqual(Buffer.alloc(0));
    esent.JetUpdate(db.sesid, t.tableid);

    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    const empty = esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.binary);
    expect(Buffer.isBuffer(empty)).toBe(true);
    expect(empty!.length).toBe(0);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.tagged)).toBeNull();
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.text)).toBeNull();
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.id)).toBeNull();
    // A fixed column never set reads as its default: stored in the record at insert, so even
    // when defaults are ignored.
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.def)).toEqual(int32(42));
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.def, esent.JET_bitRetrieveIgnoreDefault)).toEqual(int32(42));

    // NULL set in a fixed column is NULL, not the default (JET_bitSetRevertToDefaultValue is for
    // tagged columns).
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.def, int32(7));
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.def, esent.JET_bitRetrieveCopy)).toEqual(int32(7));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.def, null, esent.JET_bitSetRevertToDefaultValue);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.def, esent.JET_bitRetrieveCopy)).toBeNull();
    esent.JetUpdate(db.sesid, t.tableid);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.def)).toBeNull();
  });

  test('a NULL set is stored; a new default shows in older records for tagged columns, not for stored fixed ones', () => {
    const db = openDatabase(env);
    const { tableid, c } = createTable(db, 'defaults', {
      f: { coltyp: esent.JET_coltypLong, pvDefault: int32(5) },
      tg: { coltyp: esent.JET_coltypBinary, grbit: esent.JET_bitColumnTagged, pvDefault: ascii('td') },
    });
    const read = (table: JET_TABLEID, bookmark: Buffer, column: JET_COLUMNID, grbit = 0) => {
      esent.JetGotoBookmark(db.sesid, table, bookmark);
      return esent.JetRetrieveColumn(db.sesid, table, column, grbit);
    };
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
    const untouched = esent.JetUpdate(db.sesid, tableid);
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, tableid, c.f, null);
    esent.JetSetColumn(db.sesid, tableid, c.tg, null);
    const nulls = esent.JetUpdate(db.sesid, tableid);

    expect(read(tableid, untouched, c.f)).toEqual(int32(5));
    expect(read(tableid, untouched, c.tg)).toEqual(ascii('td'));
    // A tagged default is not stored in the record.
    expect(read(tableid, untouched, c.tg, esent.JET_bitRetrieveIgnoreDefault)).toBeNull();
    expect(read(tableid, nulls, c.f)).toBeNull();
    expect(read(tableid, nulls, c.tg)).toBeNull();

    // JET_bitSetRevertToDefaultValue brings a tagged column's default back.
    esent.JetGotoBookmark(db.sesid, tableid, nulls);
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepReplace);
    esent.JetSetColumn(db.sesid, tableid, c.tg, null, esent.JET_bitSetRevertToDefaultValue);
    esent.JetUpdate(db.sesid, tableid);
    expect(read(tableid, nulls, c.tg)).toEqual(ascii('td'));

    esent.JetCloseTable(db.sesid, tableid);
    esent.JetSetColumnDefaultValue(db.sesid, db.dbid, 'defaults', 'f', int32(6));
    esent.JetSetColumnDefaultValue(db.sesid, db.dbid, 'defaults', 'tg', ascii('nt'));
    const reopened = esent.JetOpenTable(db.sesid, db.dbid, 'defaults');
    expect(read(reopened, untouched, c.f)).toEqual(int32(5));
    expect(read(reopened, untouched, c.tg)).toEqual(ascii('nt'));
    expect(read(reopened, nulls, c.f)).toBeNull();
    expect(read(reopened, nulls, c.tg)).toEqual(ascii('nt'));
    esent.JetCloseTable(db.sesid, reopened);
  });

  test('NOT NULL is checked at JetUpdate (JET_errNullInvalid, -1504); the failed update stays prepared', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.id, int32(1));
    expectJetError(() => esent.JetUpdate(db.sesid, t.tableid), esent.JET_errNullInvalid);
    expect(esent.JET_errNullInvalid).toBe(-1504);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(5));
    esent.JetUpdate(db.sesid, t.tableid);
    expect(allIds(db, t)).toEqual([1]);
  });

  test('multi-valued columns: itagSequence picks a value, 0 adds one, NULL at a tag removes it', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(1));
    for (const value of ['a', 'b', 'c']) {
      esent.JetSetColumn(db.sesid, t.tableid, t.c.multi, ascii(value), 0, { itagSequence: 0 });
    }
    expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, t.c.multi, ascii('a'), esent.JET_bitSetUniqueMultiValues,
      { itagSequence: 0 }), esent.JET_errMultiValuedDuplicate);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.multi, null, 0, { itagSequence: 2 }); // removes "b"
    esent.JetUpdate(db.sesid, t.tableid);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    const tag = (itagSequence: number) =>
      esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.multi, 0, { itagSequence })?.toString('latin1') ?? null;
    expect([tag(1), tag(2), tag(3)]).toEqual(['a', 'c', null]);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.multi)!.toString('latin1')).toBe('a');

    // Replacing the value at a tag.
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.multi, ascii('C'), 0, { itagSequence: 2 });
    esent.JetUpdate(db.sesid, t.tableid);
    expect([tag(1), tag(2), tag(3)]).toEqual(['a', 'C', null]);
  });

  test('autoincrement Long and Currency count from 1, are taken at JetPrepareUpdate and not given back on cancel', () => {
    const db = openDatabase(env);
    for (const [name, coltyp, width] of [['long', esent.JET_coltypLong, 4], ['currency', esent.JET_coltypCurrency, 8]] as const) {
      const { tableid, c } = createTable(db, `ai-${name}`, {
        ai: { coltyp, grbit: esent.JET_bitColumnAutoincrement },
        other: { coltyp: esent.JET_coltypLong },
      });
      const value = (bytes: Buffer | null) => (width === 4 ? bytes!.readInt32LE(0) : Number(bytes!.readBigInt64LE(0)));
      esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
      expect(value(esent.JetRetrieveColumn(db.sesid, tableid, c.ai, esent.JET_bitRetrieveCopy)), name).toBe(1);
      // An autoincrement column is the engine's to set.
      expectJetError(() => esent.JetSetColumn(db.sesid, tableid, c.ai, Buffer.alloc(width)), esent.JET_errInvalidColumnType);
      esent.JetUpdate(db.sesid, tableid);
      esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
      expect(value(esent.JetRetrieveColumn(db.sesid, tableid, c.ai, esent.JET_bitRetrieveCopy))).toBe(2);
      esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepCancel);
      esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
      esent.JetUpdate(db.sesid, tableid);
      esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
      expect(value(esent.JetRetrieveColumn(db.sesid, tableid, c.ai))).toBe(1);
      esent.JetMove(db.sesid, tableid, esent.JET_MoveNext);
      expect(value(esent.JetRetrieveColumn(db.sesid, tableid, c.ai))).toBe(3);
    }
  });

  test('a version column grows by one with each replace and cannot be set in one', () => {
    const db = openDatabase(env);
    const { tableid, c } = createTable(db, 'versioned', {
      ver: { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnVersion },
      data: { coltyp: esent.JET_coltypLong },
    });
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, tableid, c.data, int32(1));
    esent.JetUpdate(db.sesid, tableid);
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
    const version = () => esent.JetRetrieveColumn(db.sesid, tableid, c.ver)!.readInt32LE(0);
    const first = version();
    for (let i = 1; i <= 2; i++) {
      esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepReplace);
      esent.JetSetColumn(db.sesid, tableid, c.data, int32(10 + i));
      esent.JetUpdate(db.sesid, tableid);
      expect(version()).toBe(first + i);
    }
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepReplace);
    expectJetError(() => esent.JetSetColumn(db.sesid, tableid, c.ver, int32(99)), esent.JET_errInvalidColumnType);
  });

  test('JetEscrowUpdate adds to the default, returns the previous value, and checks size and state', () => {
    const db = openDatabase(env);
    const { tableid, c } = createTable(db, 'counters', {
      id: { coltyp: esent.JET_coltypLong },
      count: { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnEscrowUpdate, pvDefault: int32(5) },
    });
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, tableid, c.id, int32(1));
    esent.JetUpdate(db.sesid, tableid);
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.count)).toEqual(int32(5));

    // Escrow updates happen inside a transaction.
    esent.JetBeginTransaction(db.sesid);
    expect(esent.JetEscrowUpdate(db.sesid, tableid, c.count, int32(3))).toEqual(int32(5));
    expect(esent.JetEscrowUpdate(db.sesid, tableid, c.count, 10)).toEqual(int32(8)); // a number is a 32-bit delta
    expect(esent.JetEscrowUpdate(db.sesid, tableid, c.count, -20, 0)).toEqual(int32(18));
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.count)).toEqual(int32(-2));
    // The delta must be the column's size: a bigint is 8 bytes, too many for a Long.
    expectJetError(() => esent.JetEscrowUpdate(db.sesid, tableid, c.count, 1n), esent.JET_errInvalidBufferSize);
    expectJetError(() => esent.JetEscrowUpdate(db.sesid, tableid, c.count, int16(1)), esent.JET_errInvalidBufferSize);
    // Not with an update prepared.
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepReplace);
    expectJetError(() => esent.JetEscrowUpdate(db.sesid, tableid, c.count, 1), esent.JET_errAlreadyPrepared);
    esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepCancel);
    esent.JetCommitTransaction(db.sesid);
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.count)).toEqual(int32(-2));

    // A rolled-back delta is undone.
    esent.JetBeginTransaction(db.sesid);
    expect(esent.JetEscrowUpdate(db.sesid, tableid, c.count, 100)).toEqual(int32(-2));
    esent.JetRollback(db.sesid);
    expect(esent.JetRetrieveColumn(db.sesid, tableid, c.count)).toEqual(int32(-2));
  });

  test('a JET_bitColumnDeleteOnZero counter deletes its record once escrow updates bring it to zero', async () => {
    const db = openDatabase(env);
    const { tableid, c } = createTable(db, 'refcounts', {
      id: { coltyp: esent.JET_coltypLong },
      refs: { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnEscrowUpdate | esent.JET_bitColumnDeleteOnZero,
        pvDefault: int32(0) },
    });
    for (const id of [1, 2]) {
      esent.JetPrepareUpdate(db.sesid, tableid, esent.JET_prepInsert);
      esent.JetSetColumn(db.sesid, tableid, c.id, int32(id));
      esent.JetUpdate(db.sesid, tableid);
    }
    const ids = () => {
      const found: number[] = [];
      try {
        esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
        for (;;) {
          found.push(esent.JetRetrieveColumn(db.sesid, tableid, c.id)!.readInt32LE(0));
          esent.JetMove(db.sesid, tableid, esent.JET_MoveNext);
        }
      } catch (error) {
        if ((error as esent.EsentError).code !== esent.JET_errNoCurrentRecord) throw error;
      }
      return found;
    };
    // Both records start at 0 and stay: only a delta that reaches zero deletes.
    expect(ids()).toEqual([1, 2]);
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
    esent.JetBeginTransaction(db.sesid);
    esent.JetEscrowUpdate(db.sesid, tableid, c.refs, 2);
    esent.JetCommitTransaction(db.sesid);
    esent.JetBeginTransaction(db.sesid);
    esent.JetEscrowUpdate(db.sesid, tableid, c.refs, -1);
    esent.JetCommitTransaction(db.sesid);
    expect(ids()).toEqual([1, 2]);
    esent.JetMove(db.sesid, tableid, esent.JET_MoveFirst);
    esent.JetBeginTransaction(db.sesid);
    esent.JetEscrowUpdate(db.sesid, tableid, c.refs, -1);
    esent.JetCommitTransaction(db.sesid);
    // ESENT deletes the record in its background cleanup after the commit: wait for it.
    const deadline = Date.now() + 10_000;
    while (ids().length !== 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ids()).toEqual([2]);
  });

  test('long values: appended, resized, overwritten at an offset, read from an offset, and several MB read whole', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    const chunk = Buffer.alloc(1 << 20);
    for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 7) & 0xff;
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(1));
    for (let i = 0; i < 3; i++) esent.JetSetColumn(db.sesid, t.tableid, t.c.lv, chunk, esent.JET_bitSetAppendLV);
    esent.JetUpdate(db.sesid, t.tableid);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    const all = esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.lv)!;
    expect(all.length).toBe(3 * chunk.length);
    expect(all.subarray(2 * chunk.length).equals(chunk)).toBe(true);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.lv, 0, { ibLongValue: 5 })!.equals(all.subarray(5))).toBe(true);
    const tail = esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.lv, 0, { ibLongValue: all.length - 3 });
    expect(tail).toEqual(all.subarray(all.length - 3));

    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.lv, 10, esent.JET_bitSetSizeLV); // a number: the new size
    expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, t.c.lv, ascii('xy'), esent.JET_bitSetOverwriteLV,
      { ibLongValue: 12 }), esent.JET_errColumnNoChunk);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.lv, ascii('xyz'), esent.JET_bitSetOverwriteLV, { ibLongValue: 8 });
    esent.JetUpdate(db.sesid, t.tableid);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.lv)).toEqual(Buffer.concat([all.subarray(0, 8), ascii('xyz')]));
  });

  test('JetMove: first, next, previous, last, by N, and JET_errNoCurrentRecord (-1603) past either end', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    expectJetError(() => esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst), esent.JET_errNoCurrentRecord);
    for (let id = 1; id <= 5; id++) insert(db, t, id);
    const at = () => readId(db, t);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    expect(at()).toBe(1);
    esent.JetMove(db.sesid, t.tableid, 3);
    expect(at()).toBe(4);
    esent.JetMove(db.sesid, t.tableid, -2);
    expect(at()).toBe(2);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveNext, 0);
    expect(at()).toBe(3);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MovePrevious);
    expect(at()).toBe(2);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveLast);
    expect(at()).toBe(5);
    expectJetError(() => esent.JetMove(db.sesid, t.tableid, esent.JET_MoveNext), -1603);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MovePrevious);
    expect(at()).toBe(5);
    expectJetError(() => esent.JetMove(db.sesid, t.tableid, -10), -1603);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveNext);
    expect(at()).toBe(1);
    // esent.h spells JET_MoveFirst 0x80000000; that value works too.
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveLast);
    esent.JetMove(db.sesid, t.tableid, 0x80000000);
    expect(at()).toBe(1);
  });

  test('bookmarks: JetUpdate returns the record\'s bookmark, JetGotoBookmark goes back to it', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    const bookmarks = [1, 2, 3, 4].map((id) => insert(db, t, id));
    for (const bookmark of bookmarks) {
      expect(Buffer.isBuffer(bookmark)).toBe(true);
      expect(bookmark.length).toBeGreaterThan(0);
    }
    esent.JetGotoBookmark(db.sesid, t.tableid, bookmarks[2]!);
    expect(readId(db, t)).toBe(3);
    expect(esent.JetGetBookmark(db.sesid, t.tableid)).toEqual(bookmarks[2]);
    esent.JetGotoBookmark(db.sesid, t.tableid, new Uint8Array(bookmarks[0]!));
    expect(readId(db, t)).toBe(1);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveLast);
    expect(esent.JetGetBookmark(db.sesid, t.tableid)).toEqual(bookmarks[3]);
    expectJetError(() => esent.JetGotoBookmark(db.sesid, t.tableid, Buffer.alloc(0)), esent.JET_errInvalidBookmark);
    // A bookmark of a deleted record is refused (ESENT: JET_errRecordDeleted) and the cursor still works.
    esent.JetGotoBookmark(db.sesid, t.tableid, bookmarks[1]!);
    esent.JetDelete(db.sesid, t.tableid);
    expect(caught(() => esent.JetGotoBookmark(db.sesid, t.tableid, bookmarks[1]!))).toBeInstanceOf(esent.EsentError);
    esent.JetGotoBookmark(db.sesid, t.tableid, bookmarks[3]!);
    expect(readId(db, t)).toBe(4);
  });

  test('a move cancels a prepared update', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    insert(db, t, 1);
    insert(db, t, 2);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.id, int32(100));
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveNext);
    expectJetError(() => esent.JetUpdate(db.sesid, t.tableid), esent.JET_errUpdateNotPrepared);
    expect(allIds(db, t)).toEqual([1, 2]);
  });

  test('JetDupCursor: a second cursor of the session on the first record, moving on its own', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    for (let id = 1; id <= 3; id++) insert(db, t, id);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveLast);
    const dup = esent.JetDupCursor(db.sesid, t.tableid);
    expect(typeof dup).toBe('bigint');
    expect(dup).not.toBe(t.tableid);
    expect(readId(db, t, dup)).toBe(1);
    esent.JetMove(db.sesid, dup, esent.JET_MoveNext);
    expect(readId(db, t, dup)).toBe(2);
    expect(readId(db, t)).toBe(3);
    // Records inserted through either cursor are seen by both.
    insert(db, t, 4, dup);
    expect(allIds(db, t)).toEqual([1, 2, 3, 4]);
    esent.JetCloseTable(db.sesid, dup);
    expectJetError(() => esent.JetMove(db.sesid, dup, esent.JET_MoveFirst), esent.JET_errInvalidTableId);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveLast);
    expect(readId(db, t)).toBe(4);

    // A cursor duplicated inside a transaction is closed by its rollback.
    esent.JetBeginTransaction(db.sesid);
    const inner = esent.JetDupCursor(db.sesid, t.tableid, 0);
    esent.JetRollback(db.sesid);
    expectJetError(() => esent.JetMove(db.sesid, inner, esent.JET_MoveFirst), -1310);
  });

  test('JetSetColumns sets several columns and reports each one\'s err; JetRetrieveColumns reads them back whole', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    const big = Buffer.alloc(300_000);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    const errs = esent.JetSetColumns(db.sesid, t.tableid, [
      { columnid: t.c.id, pvData: int32(7) },
      { columnid: t.c.nn, pvData: int16(2) },
      { columnid: t.c.text, pvData: ascii('hello') },
      { columnid: t.c.binary, pvData: Buffer.alloc(0), grbit: esent.JET_bitSetZeroLength },
      { columnid: t.c.multi, pvData: ascii('m1'), itagSequence: 0 },
      { columnid: t.c.multi, pvData: ascii('m2'), itagSequence: 0 },
      { columnid: t.c.lv, pvData: big },
    ]);
    expect(errs).toEqual([0, 0, 0, 0, 0, 0, 0]);
    esent.JetUpdate(db.sesid, t.tableid);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);

    const results = esent.JetRetrieveColumns(db.sesid, t.tableid, [
      { columnid: t.c.id },
      { columnid: t.c.text },
      { columnid: t.c.binary },
      { columnid: t.c.tagged },
      { columnid: t.c.multi, itagSequence: 2 },
      { columnid: t.c.lv },
      { columnid: t.c.lv, ibLongValue: 299_990 },
      { columnid: t.c.def },
      { columnid: t.c.def, grbit: esent.JET_bitRetrieveIgnoreDefault },
    ]);
    expect(results.map((r) => r.columnid)).toEqual(
      [t.c.id, t.c.text, t.c.binary, t.c.tagged, t.c.multi, t.c.lv, t.c.lv, t.c.def, t.c.def]);
    // The fixed column's default is stored at insert: ignoring defaults still finds it.
    expect(results.map((r) => r.err)).toEqual([0, 0, 0, esent.JET_wrnColumnNull, 0, 0, 0, 0, 0]);
    expect(results[0]!.data).toEqual(int32(7));
    expect(results[1]!.data!.toString('latin1')).toBe('hello');
    expect(results[2]!.data).toEqual(Buffer.alloc(0));
    expect(results[3]!.data).toBeNull();
    expect(results[4]!.data!.toString('latin1')).toBe('m2');
    expect(results[4]!.itagSequence).toBe(2);
    expect(results[5]!.data!.equals(big)).toBe(true);
    expect(results[6]!.data).toEqual(big.subarray(299_990));
    expect(results[7]!.data).toEqual(int32(42));
    expect(results[8]!.data).toEqual(int32(42));
    expect(esent.JetRetrieveColumns(db.sesid, t.tableid, [])).toEqual([]);
    // Many columns at once: each value still arrives whole.
    const many = esent.JetRetrieveColumns(db.sesid, t.tableid,
      Array.from({ length: 1000 }, (_, i) => ({ columnid: i % 100 !== 1 ? t.c.text : t.c.lv })));
    expect(many.every((r, i) => (i % 100 !== 1 ? r.data!.toString('latin1') === 'hello' : r.data!.equals(big)))).toBe(true);

    // cbData with pvData null: the size JET_bitSetSizeLV sets.
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    esent.JetSetColumns(db.sesid, t.tableid, [{ columnid: t.c.lv, pvData: null, cbData: 4, grbit: esent.JET_bitSetSizeLV }]);
    esent.JetUpdate(db.sesid, t.tableid);
    expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.lv)).toEqual(big.subarray(0, 4));
    // An error in any column throws.
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace);
    expectJetError(() => esent.JetSetColumns(db.sesid, t.tableid, [
      { columnid: t.c.text, pvData: ascii('ok') },
      { columnid: t.c.id, pvData: int16(1) },
    ]), esent.JET_errInvalidBufferSize);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepCancel);
  });

  test('JetEnumerateColumns returns every value of the record, or of the columns asked for', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    const big = Buffer.alloc(100_000, 0x5a);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.id, int32(9));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(3));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.text, ascii('hello'));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.multi, ascii('a'), 0, { itagSequence: 0 });
    esent.JetSetColumn(db.sesid, t.tableid, t.c.multi, ascii('b'), 0, { itagSequence: 0 });
    esent.JetSetColumn(db.sesid, t.tableid, t.c.lv, big);
    esent.JetUpdate(db.sesid, t.tableid);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);

    // cbDataMost caps long values stored outside the record (ESENT returns none of them for 0).
    const all = esent.JetEnumerateColumns(db.sesid, t.tableid); // no cap: every value whole
    const byId = new Map(all.map((column) => [column.columnid, column]));
    expect(byId.get(t.c.id)).toEqual({ columnid: t.c.id, err: 0, values: [{ itagSequence: 1, err: 0, data: int32(9) }] });
    expect(byId.get(t.c.text)!.values[0]!.data!.toString('latin1')).toBe('hello');
    expect(byId.get(t.c.multi)!.values.map((v) => [v.itagSequence, v.data!.toString('latin1')])).toEqual([[1, 'a'], [2, 'b']]);
    expect(byId.get(t.c.lv)!.values[0]!.data!.equals(big)).toBe(true);
    expect(byId.has(t.c.tagged)).toBe(false);
    for (const column of all) expect(column.err).toBeGreaterThanOrEqual(0);

    const some = esent.JetEnumerateColumns(db.sesid, t.tableid, [{ columnid: t.c.tagged }, { columnid: t.c.nn }]);
    expect(some).toEqual([
      { columnid: t.c.tagged, err: esent.JET_wrnColumnNull, values: [] },
      { columnid: t.c.nn, err: 0, values: [{ itagSequence: 1, err: 0, data: int16(3) }] },
    ]);
    // Presence only: no values.
    const present = esent.JetEnumerateColumns(db.sesid, t.tableid, [{ columnid: t.c.text }], 0,
      esent.JET_bitEnumeratePresenceOnly);
    expect(present).toEqual([{ columnid: t.c.text, err: esent.JET_wrnColumnPresent, values: [] }]);
    // cbDataMost cuts a long value and says so.
    const cut = esent.JetEnumerateColumns(db.sesid, t.tableid, [{ columnid: t.c.lv }], 16);
    expect(cut[0]!.values).toEqual([{ itagSequence: 1, err: esent.JET_wrnColumnTruncated, data: big.subarray(0, 16) }]);
    // ESENT may hand a single value in the column entry itself (JET_wrnColumnSingleValue); it
    // arrives in values[0] either way.
    const compressed = esent.JetEnumerateColumns(db.sesid, t.tableid, [{ columnid: t.c.id }], 0,
      esent.JET_bitEnumerateCompressOutput);
    expect([0, esent.JET_wrnColumnSingleValue]).toContain(compressed[0]!.err);
    expect(compressed[0]!.values.map((v) => v.data)).toEqual([int32(9)]);
  });

  test('JetGetRecordSize counts the record\'s data, columns and long values', () => {
    const db = openDatabase(env);
    const t = standardTable(db);
    esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
    esent.JetSetColumn(db.sesid, t.tableid, t.c.id, int32(9));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(3));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.text, ascii('hello'));
    esent.JetSetColumn(db.sesid, t.tableid, t.c.lv, Buffer.alloc(200_000, 1));
    esent.JetUpdate(db.sesid, t.tableid);
    esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
    const size = esent.JetGetRecordSize(db.sesid, t.tableid);
    expect(Object.keys(size).sort()).toEqual(['cLongValues', 'cMultiValues', 'cNonTaggedColumns', 'cTaggedColumns',
      'cbData', 'cbLongValueData', 'cbLongValueOverhead', 'cbOverhead'].sort());
    expect(size.cbData).toBeGreaterThanOrEqual(4 + 2 + 5);
    expect(size.cNonTaggedColumns).toBeGreaterThanOrEqual(3);
    expect(size.cLongValues).toBe(1);
    expect(size.cbLongValueData).toBe(200_000);
    expect(size.cMultiValues).toBe(0);
  });

  describe('misuse', () => {
    test('updating without JetPrepareUpdate is JET_errUpdateNotPrepared (-1609)', () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, t.c.id, int32(1)), esent.JET_errUpdateNotPrepared);
      expectJetError(() => esent.JetUpdate(db.sesid, t.tableid), -1609);
      expectJetError(() => esent.JetUpdate2(db.sesid, t.tableid, 0), -1609);
      expectJetError(() => esent.JetSetColumns(db.sesid, t.tableid, [{ columnid: t.c.id, pvData: int32(1) }]), -1609);
      esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
      expectJetError(() => esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert), esent.JET_errAlreadyPrepared);
      esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepCancel);
      // No current record: replace, delete and retrieve have nothing to act on.
      expectJetError(() => esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepReplace), esent.JET_errNoCurrentRecord);
      expectJetError(() => esent.JetDelete(db.sesid, t.tableid), esent.JET_errNoCurrentRecord);
      expectJetError(() => esent.JetGetBookmark(db.sesid, t.tableid), esent.JET_errNoCurrentRecord);
    });

    test('a closed or unknown tableid, or another session\'s, is JET_errInvalidTableId (-1310)', () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      insert(db, t, 1);
      const other = esent.JetBeginSession(db.instance, '', '');
      const calls: Array<[string, (tableid: JET_TABLEID, sesid?: JET_SESID) => unknown]> = [
        ['JetPrepareUpdate', (id, s = db.sesid) => esent.JetPrepareUpdate(s, id, esent.JET_prepInsert)],
        ['JetSetColumn', (id, s = db.sesid) => esent.JetSetColumn(s, id, t.c.id, int32(1))],
        ['JetSetColumns', (id, s = db.sesid) => esent.JetSetColumns(s, id, [])],
        ['JetUpdate', (id, s = db.sesid) => esent.JetUpdate(s, id)],
        ['JetDelete', (id, s = db.sesid) => esent.JetDelete(s, id)],
        ['JetRetrieveColumn', (id, s = db.sesid) => esent.JetRetrieveColumn(s, id, t.c.id)],
        ['JetRetrieveColumns', (id, s = db.sesid) => esent.JetRetrieveColumns(s, id, [{ columnid: t.c.id }])],
        ['JetEnumerateColumns', (id, s = db.sesid) => esent.JetEnumerateColumns(s, id)],
        ['JetGetRecordSize', (id, s = db.sesid) => esent.JetGetRecordSize(s, id)],
        ['JetEscrowUpdate', (id, s = db.sesid) => esent.JetEscrowUpdate(s, id, t.c.id, 1)],
        ['JetGetLock', (id, s = db.sesid) => esent.JetGetLock(s, id, esent.JET_bitWriteLock)],
        ['JetMove', (id, s = db.sesid) => esent.JetMove(s, id, esent.JET_MoveFirst)],
        ['JetGetBookmark', (id, s = db.sesid) => esent.JetGetBookmark(s, id)],
        ['JetGotoBookmark', (id, s = db.sesid) => esent.JetGotoBookmark(s, id, Buffer.from([0, 0, 0, 1]))],
        ['JetDupCursor', (id, s = db.sesid) => esent.JetDupCursor(s, id)],
      ];
      const closed = esent.JetDupCursor(db.sesid, t.tableid);
      esent.JetCloseTable(db.sesid, closed);
      for (const [name, call] of calls) {
        for (const [label, run] of [
          ['closed', () => call(closed)],
          ['never issued', () => call(0xdead_beefn as JET_TABLEID)],
          ['another session\'s', () => call(t.tableid, other)],
        ] as const) {
          const error = caught(run) as esent.EsentError;
          expect({ name, label, code: error.code }).toEqual({ name, label, code: esent.JET_errInvalidTableId });
        }
      }
      esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
      expect(readId(db, t)).toBe(1);
    });

    test('a cursor used from another JS thread is JET_errSessionSharingViolation (-1910), and keeps working here', async () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      insert(db, t, 1);
      const worker = await RpcWorker.start();
      env.defer(() => worker.terminate());
      for (const [fn, ...args] of [
        ['JetMove', db.sesid, t.tableid, esent.JET_MoveFirst],
        ['JetRetrieveColumn', db.sesid, t.tableid, t.c.id],
        ['JetPrepareUpdate', db.sesid, t.tableid, esent.JET_prepInsert],
        ['JetDelete', db.sesid, t.tableid],
        ['JetDupCursor', db.sesid, t.tableid],
        ['JetGetBookmark', db.sesid, t.tableid],
      ] as Array<[string, ...unknown[]]>) {
        const error = await worker.fails(fn, ...args);
        expect({ fn, code: error.code }).toEqual({ fn, code: esent.JET_errSessionSharingViolation });
      }
      esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
      expect(readId(db, t)).toBe(1);
    });

    test('wrong argument types are TypeError, out-of-range numbers RangeError; the cursor is unharmed', () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      insert(db, t, 1);
      esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
      const { sesid, tableid } = { sesid: db.sesid, tableid: t.tableid };
      const id = t.c.id;
      const typeErrors: Array<[string, () => unknown]> = [
        ['JetSetColumn data a string', () => api.JetSetColumn(sesid, tableid, id, 'abcd')],
        ['JetSetColumn data an array', () => api.JetSetColumn(sesid, tableid, id, [1, 2, 3, 4])],
        ['JetSetColumn data an Int32Array', () => api.JetSetColumn(sesid, tableid, id, new Int32Array(1))],
        ['JetSetColumn columnid a string', () => api.JetSetColumn(sesid, tableid, '1', int32(1))],
        ['JetSetColumn setinfo a number', () => api.JetSetColumn(sesid, tableid, id, int32(1), 0, 5)],
        ['JetSetColumn tableid a number', () => api.JetSetColumn(sesid, 1, id, int32(1))],
        ['JetSetColumns not an array', () => api.JetSetColumns(sesid, tableid, { columnid: id })],
        ['JetSetColumns entry null', () => api.JetSetColumns(sesid, tableid, [null])],
        ['JetSetColumns pvData a string', () => api.JetSetColumns(sesid, tableid, [{ columnid: id, pvData: 'x' }])],
        ['JetSetColumns without columnid', () => api.JetSetColumns(sesid, tableid, [{ pvData: null }])],
        ['JetRetrieveColumn grbit a string', () => api.JetRetrieveColumn(sesid, tableid, id, '0')],
        ['JetRetrieveColumn retinfo an array', () => api.JetRetrieveColumn(sesid, tableid, id, 0, [])],
        ['JetRetrieveColumns entry a number', () => api.JetRetrieveColumns(sesid, tableid, [1])],
        ['JetEnumerateColumns ids an object', () => api.JetEnumerateColumns(sesid, tableid, { columnid: id })],
        ['JetEnumerateColumns rgtagSequence a number', () => api.JetEnumerateColumns(sesid, tableid, [{ columnid: id, rgtagSequence: 1 }])],
        ['JetEscrowUpdate delta a string', () => api.JetEscrowUpdate(sesid, tableid, id, '1')],
        ['JetMove cRow a string', () => api.JetMove(sesid, tableid, '1')],
        ['JetMove cRow a bigint', () => api.JetMove(sesid, tableid, 1n)],
        ['JetGotoBookmark bookmark a string', () => api.JetGotoBookmark(sesid, tableid, 'abcd')],
        ['JetGetLock without grbit', () => api.JetGetLock(sesid, tableid)],
        ['JetPrepareUpdate prep missing', () => api.JetPrepareUpdate(sesid, tableid)],
      ];
      const rangeErrors: Array<[string, () => unknown]> = [
        ['JetSetColumn columnid -1', () => api.JetSetColumn(sesid, tableid, -1, int32(1))],
        ['JetSetColumn columnid 2 ** 32', () => api.JetSetColumn(sesid, tableid, 2 ** 32, int32(1))],
        ['JetRetrieveColumn columnid 1.5', () => api.JetRetrieveColumn(sesid, tableid, 1.5)],
        ['JetSetColumn data size -1', () => api.JetSetColumn(sesid, tableid, id, -1, esent.JET_bitSetSizeLV)],
        ['JetSetColumn setinfo.itagSequence -1', () => api.JetSetColumn(sesid, tableid, id, int32(1), 0, { itagSequence: -1 })],
        ['JetRetrieveColumn retinfo.ibLongValue NaN', () => api.JetRetrieveColumn(sesid, tableid, id, 0, { ibLongValue: Number.NaN })],
        ['JetSetColumns cbData beyond pvData', () => api.JetSetColumns(sesid, tableid, [{ columnid: id, pvData: int32(1), cbData: 5 }])],
        ['JetRetrieveColumns itagSequence 2 ** 32', () => api.JetRetrieveColumns(sesid, tableid, [{ columnid: id, itagSequence: 2 ** 32 }])],
        ['JetEnumerateColumns cbDataMost -1', () => api.JetEnumerateColumns(sesid, tableid, null, -1)],
        ['JetEscrowUpdate delta 2 ** 31', () => api.JetEscrowUpdate(sesid, tableid, id, 2 ** 31)],
        ['JetEscrowUpdate delta 0.5', () => api.JetEscrowUpdate(sesid, tableid, id, 0.5)],
        ['JetEscrowUpdate delta 2n ** 63n', () => api.JetEscrowUpdate(sesid, tableid, id, 2n ** 63n)],
        ['JetMove cRow 2 ** 31 + 1', () => api.JetMove(sesid, tableid, 2 ** 31 + 1)],
        ['JetMove cRow -(2 ** 31) - 1', () => api.JetMove(sesid, tableid, -(2 ** 31) - 1)],
        ['JetMove cRow 0.5', () => api.JetMove(sesid, tableid, 0.5)],
        ['JetPrepareUpdate prep -1', () => api.JetPrepareUpdate(sesid, tableid, -1)],
        ['JetUpdate2 grbit 2 ** 32', () => api.JetUpdate2(sesid, tableid, 2 ** 32)],
      ];
      for (const [label, call] of typeErrors) expect(caught(call), label).toBeInstanceOf(TypeError);
      for (const [label, call] of rangeErrors) expect(caught(call), label).toBeInstanceOf(RangeError);
      expect(readId(db, t)).toBe(1);
    });

    test('the addon checks the same again when called directly, and never crashes', async () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      insert(db, t, 1);
      esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
      const { createRequire } = await import('node:module');
      const require = createRequire(import.meta.url);
      const nodeGypBuild = require('node-gyp-build') as (dir: string) => any;
      const native = nodeGypBuild(fileURLToPath(new URL('../../', import.meta.url)));
      const { sesid, tableid } = { sesid: db.sesid, tableid: t.tableid };
      for (const [label, call, kind] of [
        ['data a string', () => native.JetSetColumn(sesid, tableid, t.c.id, 'abcd', 0, null), TypeError],
        ['setinfo an array', () => native.JetSetColumn(sesid, tableid, t.c.id, null, 0, []), TypeError],
        ['setcolumns not an array', () => native.JetSetColumns(sesid, tableid, {}), TypeError],
        ['setcolumns entry without columnid', () => native.JetSetColumns(sesid, tableid, [{}]), TypeError],
        ['retrievecolumns entry null', () => native.JetRetrieveColumns(sesid, tableid, [null]), TypeError],
        ['enumcolumnids entry rgtagSequence an object', () => native.JetEnumerateColumns(sesid, tableid, [{ columnid: 1, rgtagSequence: {} }], 0, 0), TypeError],
        ['escrow delta an object', () => native.JetEscrowUpdate(sesid, tableid, t.c.id, {}, 0), TypeError],
        ['columnid negative', () => native.JetRetrieveColumn(sesid, tableid, -5, 0, null), RangeError],
        ['cRow too large', () => native.JetMove(sesid, tableid, 2 ** 40, 0), RangeError],
        ['escrow delta too large', () => native.JetEscrowUpdate(sesid, tableid, t.c.id, 2 ** 40, 0), RangeError],
      ] as Array<[string, () => unknown, typeof TypeError]>) {
        expect(caught(call), label).toBeInstanceOf(kind);
      }
      expect(readId(db, t)).toBe(1);
    });

    test('a getter that closes the cursor while the arguments are read gets JET_errInvalidTableId, not a crash', () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      insert(db, t, 1);
      const dup = esent.JetDupCursor(db.sesid, t.tableid);
      esent.JetPrepareUpdate(db.sesid, dup, esent.JET_prepReplace);
      const sneaky = {
        columnid: t.c.id,
        get pvData() {
          esent.JetCloseTable(db.sesid, dup);
          return int32(5);
        },
      };
      expectJetError(() => esent.JetSetColumns(db.sesid, dup, [sneaky]), esent.JET_errInvalidTableId);
      expect(allIds(db, t)).toEqual([1]);
    });

    test('values too big for their column get the engine\'s error', () => {
      const db = openDatabase(env);
      const t = standardTable(db);
      esent.JetPrepareUpdate(db.sesid, t.tableid, esent.JET_prepInsert);
      expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, t.c.text, Buffer.alloc(21, 0x41)), esent.JET_errColumnTooBig);
      expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, t.c.binary, Buffer.alloc(256)), -1506);
      expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, t.c.id, Buffer.alloc(8)), esent.JET_errInvalidBufferSize);
      expectJetError(() => esent.JetSetColumn(db.sesid, t.tableid, 99999 as JET_COLUMNID, int32(1)), esent.JET_errColumnNotFound);
      esent.JetSetColumn(db.sesid, t.tableid, t.c.text, Buffer.alloc(20, 0x41));
      esent.JetSetColumn(db.sesid, t.tableid, t.c.nn, int16(1));
      esent.JetUpdate(db.sesid, t.tableid);
      esent.JetMove(db.sesid, t.tableid, esent.JET_MoveFirst);
      expect(esent.JetRetrieveColumn(db.sesid, t.tableid, t.c.text)).toEqual(Buffer.alloc(20, 0x41));
    });
  });
});
