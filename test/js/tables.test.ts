// Tables and columns from JS: create, open, close, delete, rename; every column type through
// JetAddColumn and the column information levels; the listings; JetCreateTableColumnIndex(2); DDL
// rolled back with its transaction; cursor handles checked per session and per thread; argument errors.
//
// Everything here must hold on real esent.dll too: values ESENT may report differently from the
// portable engine (statistics, langid, the updatable bit, system tables in listings) are not asserted.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { esent, expectJetError, useTestEnv } from './helpers.js';
import type { JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../../dist/index.js';
import { native } from '../../dist/jet/native.js';
import { RpcWorker } from './rpc-worker.js';

interface Db {
  instance: JET_INSTANCE;
  sesid: JET_SESID;
  dbid: JET_DBID;
  path: string;
}

const classBits = esent.JET_bitColumnFixed | esent.JET_bitColumnTagged;

// Calls fn with arguments TypeScript would refuse, to check the run-time checks.
const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) => () => (fn as (...a: unknown[]) => unknown)(...args);

describe('tables and columns', () => {
  const env = useTestEnv();

  function database(): Db {
    const { instance, sesid } = env.session();
    const path = join(env.paths.root, 'tables.edb');
    const dbid = esent.JetCreateDatabase(sesid, path);
    return { instance, sesid, dbid, path };
  }

  function otherSession(db: Db): { sesid: JET_SESID; dbid: JET_DBID } {
    const sesid = esent.JetBeginSession(db.instance, '', '');
    return { sesid, dbid: esent.JetOpenDatabase(sesid, db.path) };
  }

  // A closed table with the given columns (name -> column definition).
  function tableWith(db: Db, name: string, columns: Record<string, esent.ColumnDefinition>): void {
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, name);
    for (const [column, def] of Object.entries(columns)) esent.JetAddColumn(db.sesid, tableid, column, def);
    esent.JetCloseTable(db.sesid, tableid);
  }

  // The user tables of a listing (ESENT also lists its own MSys* tables).
  function userTables(db: Db): string[] {
    return esent.JetGetObjectInfo(db.sesid, db.dbid, esent.JET_objtypTable, null, null, esent.JET_ObjInfoList)
      .map((row) => row.szObjectName)
      .filter((name) => !name.startsWith('MSys'))
      .sort();
  }

  test('the constants have esent.h values', () => {
    expect([esent.JET_coltypNil, esent.JET_coltypBit, esent.JET_coltypUnsignedByte, esent.JET_coltypShort,
      esent.JET_coltypLong, esent.JET_coltypCurrency, esent.JET_coltypIEEESingle, esent.JET_coltypIEEEDouble,
      esent.JET_coltypDateTime, esent.JET_coltypBinary, esent.JET_coltypText, esent.JET_coltypLongBinary,
      esent.JET_coltypLongText, esent.JET_coltypSLV, esent.JET_coltypUnsignedLong, esent.JET_coltypLongLong,
      esent.JET_coltypGUID, esent.JET_coltypUnsignedShort, esent.JET_coltypUnsignedLongLong, esent.JET_coltypMax])
      .toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect([esent.JET_bitColumnFixed, esent.JET_bitColumnTagged, esent.JET_bitColumnNotNULL, esent.JET_bitColumnVersion,
      esent.JET_bitColumnAutoincrement, esent.JET_bitColumnUpdatable, esent.JET_bitColumnTTKey,
      esent.JET_bitColumnTTDescending, esent.JET_bitColumnMultiValued, esent.JET_bitColumnEscrowUpdate,
      esent.JET_bitColumnUnversioned, esent.JET_bitColumnMaybeNull, esent.JET_bitColumnFinalize,
      esent.JET_bitColumnUserDefinedDefault, esent.JET_bitColumnDeleteOnZero, esent.JET_bitColumnCompressed])
      .toEqual([0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x400, 0x800, 0x1000, 0x2000, 0x4000, 0x8000, 0x20000, 0x80000]);
    expect([esent.JET_bitTableCreateFixedDDL, esent.JET_bitTableCreateTemplateTable,
      esent.JET_bitTableCreateNoFixedVarColumnsInDerivedTables, esent.JET_bitTableCreateImmutableStructure])
      .toEqual([0x1, 0x2, 0x4, 0x8]);
    expect([esent.JET_bitTableDenyWrite, esent.JET_bitTableDenyRead, esent.JET_bitTableReadOnly,
      esent.JET_bitTableUpdatable, esent.JET_bitTablePermitDDL, esent.JET_bitTableNoCache, esent.JET_bitTablePreread,
      esent.JET_bitTableOpportuneRead, esent.JET_bitTableSequential, esent.JET_bitTableClass1, esent.JET_bitTableClassMask])
      .toEqual([0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x8000, 0x10000, 0xf0000]);
    expect([esent.JET_TblInfo, esent.JET_TblInfoName, esent.JET_TblInfoDbid, esent.JET_TblInfoSpaceAlloc,
      esent.JET_TblInfoSpaceOwned, esent.JET_TblInfoSpaceAvailable, esent.JET_TblInfoTemplateTableName])
      .toEqual([0, 1, 2, 9, 10, 11, 12]);
    expect([esent.JET_ColInfo, esent.JET_ColInfoList, esent.JET_ColInfoSysTabCursor, esent.JET_ColInfoBase,
      esent.JET_ColInfoListCompact, esent.JET_ColInfoByColid, esent.JET_ColInfoListSortColumnid,
      esent.JET_ColInfoBaseByColid, esent.JET_ColInfoGrbitNonDerivedColumnsOnly, esent.JET_ColInfoGrbitMinimalInfo,
      esent.JET_ColInfoGrbitSortByColumnid])
      .toEqual([0, 1, 3, 4, 5, 6, 7, 8, 0x80000000, 0x40000000, 0x20000000]);
    expect([esent.JET_ObjInfo, esent.JET_ObjInfoListNoStats, esent.JET_ObjInfoList, esent.JET_ObjInfoNoStats,
      esent.JET_objtypNil, esent.JET_objtypTable]).toEqual([0, 1, 2, 5, 0, 1]);
    expect([esent.JET_bitDeleteColumnIgnoreTemplateColumns, esent.JET_cbNameMost, esent.JET_cbColumnMost,
      esent.JET_ccolFixedMost, esent.JET_ccolVarMost, esent.JET_ccolMost, esent.JET_bitObjectSystem,
      esent.JET_bitTableInfoUpdatable]).toEqual([0x1, 64, 255, 127, 128, 0xfee0, 0x80000000, 0x1]);
  });

  test('JetCreateTable returns an exclusive cursor: other sessions get JET_errTableLocked (-1302) until it is closed', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 'people', 0, 0);
    expect(typeof tableid).toBe('bigint');
    const other = otherSession(db);
    expectJetError(() => esent.JetOpenTable(other.sesid, other.dbid, 'people'), esent.JET_errTableLocked);
    expect(esent.JET_errTableLocked).toBe(-1302);
    // the creating session itself may open it again, under any case of the name
    esent.JetCloseTable(db.sesid, esent.JetOpenTable(db.sesid, db.dbid, 'PEOPLE'));
    esent.JetCloseTable(db.sesid, tableid);

    const shared = esent.JetOpenTable(other.sesid, other.dbid, 'people', null, 0);
    // with another session's cursor open, an exclusive open is JET_errTableInUse (-1304)
    expectJetError(() => esent.JetOpenTable(db.sesid, db.dbid, 'people', null, esent.JET_bitTableDenyRead),
      esent.JET_errTableInUse);
    esent.JetCloseTable(other.sesid, shared);
    const exclusive = esent.JetOpenTable(db.sesid, db.dbid, 'people', null, esent.JET_bitTableDenyRead);
    expectJetError(() => esent.JetOpenTable(other.sesid, other.dbid, 'people'), -1302);
    esent.JetCloseTable(db.sesid, exclusive);
    esent.JetCloseTable(other.sesid, esent.JetOpenTable(other.sesid, other.dbid, 'people'));
  });

  test('tables are created, opened, renamed and deleted; each misuse gets its JET_err', () => {
    const db = database();
    const { sesid, dbid } = db;
    esent.JetCloseTable(sesid, esent.JetCreateTable(sesid, dbid, 'orders'));
    expectJetError(() => esent.JetCreateTable(sesid, dbid, 'ORDERS'), esent.JET_errTableDuplicate);
    expect(esent.JET_errTableDuplicate).toBe(-1303);
    expectJetError(() => esent.JetOpenTable(sesid, dbid, 'missing'), esent.JET_errObjectNotFound);
    expect(esent.JET_errObjectNotFound).toBe(-1305);
    for (const bad of ['', 'bad!name', 'dot.name', 'in[valid', ' lead']) {
      expectJetError(() => esent.JetCreateTable(sesid, dbid, bad), esent.JET_errInvalidName);
    }
    expectJetError(() => esent.JetCreateTable(sesid, dbid, 'dense', 0, 10), esent.JET_errDensityInvalid);
    expectJetError(() => esent.JetCreateTable(sesid, 777 as JET_DBID, 'x'), esent.JET_errInvalidDatabaseId);

    esent.JetCloseTable(sesid, esent.JetCreateTable(sesid, dbid, 'taken'));
    expectJetError(() => esent.JetRenameTable(sesid, dbid, 'orders', 'Taken'), -1303);
    expectJetError(() => esent.JetRenameTable(sesid, dbid, 'missing', 'x'), -1305);
    expectJetError(() => esent.JetRenameTable(sesid, dbid, 'orders', 'bad]name'), esent.JET_errInvalidName);
    esent.JetRenameTable(sesid, dbid, 'orders', 'purchases');
    expectJetError(() => esent.JetOpenTable(sesid, dbid, 'orders'), -1305);
    const tableid = esent.JetOpenTable(sesid, dbid, 'purchases');
    expect(esent.JetGetTableInfo(sesid, tableid, esent.JET_TblInfoName)).toBe('purchases');
    // a table with an open cursor cannot be deleted
    expectJetError(() => esent.JetDeleteTable(sesid, dbid, 'purchases'), esent.JET_errTableInUse);
    esent.JetCloseTable(sesid, tableid);
    esent.JetDeleteTable(sesid, dbid, 'purchases');
    expectJetError(() => esent.JetDeleteTable(sesid, dbid, 'purchases'), -1305);
    expectJetError(() => esent.JetOpenTable(sesid, dbid, 'purchases'), -1305);
    expect(userTables(db)).toEqual(['taken']);
  });

  test('every column type round-trips through JetAddColumn and JetGetTableColumnInfo', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 'types');
    const fixed = esent.JET_bitColumnFixed;
    const tagged = esent.JET_bitColumnTagged;
    // [name, definition, the cbMax and cp ESENT reports, the column's class bit]
    const cases: Array<[string, esent.ColumnDefinition, number, number, number]> = [
      ['bit', { coltyp: esent.JET_coltypBit }, 1, 0, fixed],
      ['ubyte', { coltyp: esent.JET_coltypUnsignedByte }, 1, 0, fixed],
      ['short', { coltyp: esent.JET_coltypShort }, 2, 0, fixed],
      ['ushort', { coltyp: esent.JET_coltypUnsignedShort }, 2, 0, fixed],
      ['long', { coltyp: esent.JET_coltypLong }, 4, 0, fixed],
      ['ulong', { coltyp: esent.JET_coltypUnsignedLong }, 4, 0, fixed],
      ['longlong', { coltyp: esent.JET_coltypLongLong }, 8, 0, fixed],
      ['ulonglong', { coltyp: esent.JET_coltypUnsignedLongLong }, 8, 0, fixed],
      ['currency', { coltyp: esent.JET_coltypCurrency }, 8, 0, fixed],
      ['single', { coltyp: esent.JET_coltypIEEESingle }, 4, 0, fixed],
      ['double', { coltyp: esent.JET_coltypIEEEDouble }, 8, 0, fixed],
      ['datetime', { coltyp: esent.JET_coltypDateTime }, 8, 0, fixed],
      ['guid', { coltyp: esent.JET_coltypGUID }, 16, 0, fixed],
      ['binary', { coltyp: esent.JET_coltypBinary, cbMax: 100 }, 100, 0, 0],
      ['fixedbinary', { coltyp: esent.JET_coltypBinary, cbMax: 16, grbit: fixed }, 16, 0, fixed],
      ['ascii', { coltyp: esent.JET_coltypText, cbMax: 200 }, 200, 1252, 0],
      ['ascii1252', { coltyp: esent.JET_coltypText, cbMax: 50, cp: 1252 }, 50, 1252, 0],
      ['unicode', { coltyp: esent.JET_coltypText, cbMax: 200, cp: 1200 }, 200, 1200, 0],
      ['taggedlong', { coltyp: esent.JET_coltypLong, grbit: tagged }, 4, 0, tagged],
      ['blob', { coltyp: esent.JET_coltypLongBinary, cbMax: 4096 }, 4096, 0, tagged],
      ['memo', { coltyp: esent.JET_coltypLongText, cbMax: 8192, cp: 1200 }, 8192, 1200, tagged],
    ];
    for (const [name, def, cbMax, cp, classBit] of cases) {
      const columnid = esent.JetAddColumn(db.sesid, tableid, name, def);
      const info = esent.JetGetTableColumnInfo(db.sesid, tableid, name);
      expect({ name, columnid: info.columnid, coltyp: info.coltyp, cbMax: info.cbMax, cp: info.cp, cls: info.grbit & classBits })
        .toEqual({ name, columnid, coltyp: def.coltyp, cbMax, cp, cls: classBit });
      expect(info).not.toHaveProperty('cbStruct');
      // by id, and through the database without a cursor: the same definition
      const byId = esent.JetGetTableColumnInfo(db.sesid, tableid, columnid);
      expect([byId.columnid, byId.coltyp, byId.cbMax, byId.cp]).toEqual([columnid, def.coltyp, cbMax, cp]);
      const viaDb = esent.JetGetColumnInfo(db.sesid, db.dbid, 'types', name);
      expect([viaDb.columnid, viaDb.coltyp, viaDb.cbMax, viaDb.cp]).toEqual([columnid, def.coltyp, cbMax, cp]);
    }
    // other column options come back in grbit
    const notNull = esent.JetAddColumn(db.sesid, tableid, 'required', { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnNotNULL });
    expect(esent.JetGetTableColumnInfo(db.sesid, tableid, notNull).grbit & esent.JET_bitColumnNotNULL).toBe(esent.JET_bitColumnNotNULL);
    esent.JetAddColumn(db.sesid, tableid, 'tags', { coltyp: esent.JET_coltypLong, grbit: tagged | esent.JET_bitColumnMultiValued });
    const tags = esent.JetGetTableColumnInfo(db.sesid, tableid, 'TAGS');
    expect(tags.grbit & (tagged | esent.JET_bitColumnMultiValued)).toBe(tagged | esent.JET_bitColumnMultiValued);
    esent.JetCloseTable(db.sesid, tableid);
  });

  test('column ids by class: fixed 1-127, variable 128-255, tagged and long values from 256', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 'ids');
    const add = (name: string, def: esent.ColumnDefinition) => esent.JetAddColumn(db.sesid, tableid, name, def);
    const fixedIds = [add('a', { coltyp: esent.JET_coltypLong }), add('b', { coltyp: esent.JET_coltypGUID }),
      add('c', { coltyp: esent.JET_coltypBinary, cbMax: 8, grbit: esent.JET_bitColumnFixed })];
    const variableIds = [add('d', { coltyp: esent.JET_coltypText }), add('e', { coltyp: esent.JET_coltypBinary })];
    const taggedIds = [add('f', { coltyp: esent.JET_coltypLongBinary }), add('g', { coltyp: esent.JET_coltypLongText }),
      add('h', { coltyp: esent.JET_coltypShort, grbit: esent.JET_bitColumnTagged })];
    for (const id of fixedIds) expect(id >= 1 && id <= 127, `fixed ${id}`).toBe(true);
    for (const id of variableIds) expect(id >= 128 && id <= 255, `variable ${id}`).toBe(true);
    for (const id of taggedIds) expect(id >= 256, `tagged ${id}`).toBe(true);
    expect(new Set([...fixedIds, ...variableIds, ...taggedIds]).size).toBe(8);
    // each class numbers its columns upwards in the order they were added
    for (const ids of [fixedIds, variableIds, taggedIds]) expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    esent.JetCloseTable(db.sesid, tableid);
  });

  test('column misuse: duplicate (-1508), not found (-1507), bad name, bad type, bad code page, a read-only cursor', () => {
    const db = database();
    const { sesid } = db;
    const tableid = esent.JetCreateTable(sesid, db.dbid, 't');
    esent.JetAddColumn(sesid, tableid, 'a', { coltyp: esent.JET_coltypLong });
    expectJetError(() => esent.JetAddColumn(sesid, tableid, 'A', { coltyp: esent.JET_coltypText }), esent.JET_errColumnDuplicate);
    expect(esent.JET_errColumnDuplicate).toBe(-1508);
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, tableid, 'nope'), esent.JET_errColumnNotFound);
    expect(esent.JET_errColumnNotFound).toBe(-1507);
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, tableid, 4000), -1507);
    expectJetError(() => esent.JetGetColumnInfo(sesid, db.dbid, 't', 'nope'), -1507);
    expectJetError(() => esent.JetGetColumnInfo(sesid, db.dbid, 'nope', 'a'), esent.JET_errObjectNotFound);
    expectJetError(() => esent.JetDeleteColumn(sesid, tableid, 'nope'), -1507);
    expectJetError(() => esent.JetRenameColumn(sesid, tableid, 'nope', 'x'), -1507);
    expectJetError(() => esent.JetAddColumn(sesid, tableid, 'bad.name', { coltyp: esent.JET_coltypLong }), esent.JET_errInvalidName);
    expectJetError(() => esent.JetAddColumn(sesid, tableid, '', { coltyp: esent.JET_coltypLong }), esent.JET_errInvalidName);
    expectJetError(() => esent.JetAddColumn(sesid, tableid, 'nil', { coltyp: esent.JET_coltypNil }), esent.JET_errInvalidColumnType);
    expectJetError(() => esent.JetAddColumn(sesid, tableid, 'cp', { coltyp: esent.JET_coltypText, cp: 437 }), esent.JET_errInvalidCodePage);
    expectJetError(() => esent.JetAddColumn(sesid, tableid, 'mv', { coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnMultiValued }),
      esent.JET_errMultiValuedColumnMustBeTagged);
    // Text holds at most 255 bytes: a larger cbMax is cut to 255
    esent.JetAddColumn(sesid, tableid, 'long text', { coltyp: esent.JET_coltypText, cbMax: 300 });
    expect(esent.JetGetTableColumnInfo(sesid, tableid, 'long text').cbMax).toBe(255);
    // a default value must fit its column
    expectJetError(() => esent.JetAddColumn(sesid, tableid, 'd', { coltyp: esent.JET_coltypLong }, Buffer.alloc(5)),
      esent.JET_errDefaultValueTooBig);
    esent.JetCloseTable(sesid, tableid);

    const readOnly = esent.JetOpenTable(sesid, db.dbid, 't', null, esent.JET_bitTableReadOnly);
    expectJetError(() => esent.JetAddColumn(sesid, readOnly, 'ro', { coltyp: esent.JET_coltypLong }), esent.JET_errPermissionDenied);
    esent.JetCloseTable(sesid, readOnly);
  });

  test('JetRenameColumn keeps the column id; JetDeleteColumn and JetDeleteColumn2 remove the column', () => {
    const db = database();
    const { sesid } = db;
    const tableid = esent.JetCreateTable(sesid, db.dbid, 't');
    const a = esent.JetAddColumn(sesid, tableid, 'a', { coltyp: esent.JET_coltypLong });
    esent.JetAddColumn(sesid, tableid, 'b', { coltyp: esent.JET_coltypText });
    const c = esent.JetAddColumn(sesid, tableid, 'c', { coltyp: esent.JET_coltypLongBinary });
    expectJetError(() => esent.JetRenameColumn(sesid, tableid, 'a', 'B'), esent.JET_errColumnDuplicate);
    esent.JetRenameColumn(sesid, tableid, 'a', 'renamed');
    expect(esent.JetGetTableColumnInfo(sesid, tableid, 'renamed').columnid).toBe(a);
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, tableid, 'a'), esent.JET_errColumnNotFound);
    esent.JetDeleteColumn(sesid, tableid, 'b');
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, tableid, 'b'), -1507);
    expectJetError(() => esent.JetDeleteColumn(sesid, tableid, 'b'), -1507);
    esent.JetDeleteColumn2(sesid, tableid, 'c', esent.JET_bitDeleteColumnIgnoreTemplateColumns);
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, tableid, c), -1507);
    const names = esent.JetGetTableColumnInfo(sesid, tableid, null, esent.JET_ColInfoList).map((row) => row.columnName);
    expect(names).toEqual(['renamed']);
    esent.JetCloseTable(sesid, tableid);
  });

  test('JET_ColInfoBase names the table and column; JET_ColInfoBaseByColid finds it by id', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 'Base');
    const id = esent.JetAddColumn(db.sesid, tableid, 'Title', { coltyp: esent.JET_coltypText, cp: 1200, cbMax: 64 });
    const base = esent.JetGetTableColumnInfo(db.sesid, tableid, 'title', esent.JET_ColInfoBase);
    expect([base.columnid, base.coltyp, base.cp, base.cbMax, base.szBaseTableName, base.szBaseColumnName])
      .toEqual([id, esent.JET_coltypText, 1200, 64, 'Base', 'Title']);
    expect(esent.JetGetTableColumnInfo(db.sesid, tableid, id, esent.JET_ColInfoBaseByColid).szBaseColumnName).toBe('Title');
    expect(esent.JetGetColumnInfo(db.sesid, db.dbid, 'base', 'TITLE', esent.JET_ColInfoBase).szBaseTableName).toBe('Base');
    esent.JetCloseTable(db.sesid, tableid);
  });

  test('JET_ColInfoList lists every column with its definition and default value, and closes the listing', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 'listed');
    const ids: Record<string, JET_COLUMNID> = {
      beta: esent.JetAddColumn(db.sesid, tableid, 'beta', { coltyp: esent.JET_coltypLong }, Buffer.from([9, 0, 0, 0])),
      Alpha: esent.JetAddColumn(db.sesid, tableid, 'Alpha', { coltyp: esent.JET_coltypText, cp: 1200, cbMax: 100 }),
      gamma: esent.JetAddColumn(db.sesid, tableid, 'gamma', { coltyp: esent.JET_coltypLongBinary }),
      'ünïcödé': esent.JetAddColumn(db.sesid, tableid, 'ünïcödé', { coltyp: esent.JET_coltypShort }),
    };
    const rows = esent.JetGetTableColumnInfo(db.sesid, tableid, null, esent.JET_ColInfoList);
    expect(rows.map((row) => row.columnName).sort()).toEqual(Object.keys(ids).sort());
    for (const row of rows) {
      const info = esent.JetGetTableColumnInfo(db.sesid, tableid, row.columnName);
      expect([row.columnid, row.coltyp, row.cbMax, row.cp, row.grbit & classBits])
        .toEqual([ids[row.columnName], info.coltyp, info.cbMax, info.cp, info.grbit & classBits]);
      expect(row.baseTableName).toBe('listed');
      expect(row.baseColumnName).toBe(row.columnName);
    }
    const beta = rows.find((row) => row.columnName === 'beta')!;
    expect(Buffer.isBuffer(beta.defaultValue)).toBe(true);
    expect([...beta.defaultValue!]).toEqual([9, 0, 0, 0]);
    expect(rows.find((row) => row.columnName === 'Alpha')!.defaultValue).toBeNull();

    // sorted by column id, with or without the cursor
    const byId = esent.JetGetTableColumnInfo(db.sesid, tableid, null, esent.JET_ColInfoListSortColumnid).map((row) => row.columnid);
    expect(byId).toEqual(Object.values(ids).sort((x, y) => x - y));
    const viaDb = esent.JetGetColumnInfo(db.sesid, db.dbid, 'listed', null, esent.JET_ColInfoList | esent.JET_ColInfoGrbitSortByColumnid) as esent.ColumnListEntry[];
    expect(viaDb.map((row) => row.columnid)).toEqual(byId);
    expect(esent.JetGetColumnInfo(db.sesid, db.dbid, 'listed', null, esent.JET_ColInfoListCompact).length).toBe(4);

    // each listing's temporary table is closed: many listings in a row leave nothing open
    for (let i = 0; i < 200; i += 1) esent.JetGetTableColumnInfo(db.sesid, tableid, null, esent.JET_ColInfoList);
    esent.JetCloseTable(db.sesid, tableid);
    esent.JetDeleteTable(db.sesid, db.dbid, 'listed');
  });

  test('JetSetColumnDefaultValue replaces a column default', () => {
    const db = database();
    const { sesid, dbid } = db;
    tableWith(db, 't', { n: { coltyp: esent.JET_coltypLong } });
    esent.JetSetColumnDefaultValue(sesid, dbid, 't', 'n', Buffer.from([7, 0, 0, 0]));
    const defaultOf = () => esent.JetGetColumnInfo(sesid, dbid, 't', null, esent.JET_ColInfoList)
      .find((row) => row.columnName === 'n')!.defaultValue;
    expect([...defaultOf()!]).toEqual([7, 0, 0, 0]);
    esent.JetSetColumnDefaultValue(sesid, dbid, 't', 'N', new Uint8Array([1, 2, 3, 4]), 0);
    expect([...defaultOf()!]).toEqual([1, 2, 3, 4]);
    expectJetError(() => esent.JetSetColumnDefaultValue(sesid, dbid, 't', 'zz', Buffer.alloc(4)), esent.JET_errColumnNotFound);
    expectJetError(() => esent.JetSetColumnDefaultValue(sesid, dbid, 'zz', 'n', Buffer.alloc(4)), esent.JET_errObjectNotFound);
    // A default can be replaced, not removed.
    expectJetError(() => esent.JetSetColumnDefaultValue(sesid, dbid, 't', 'n', Buffer.alloc(0)), esent.JET_errNullInvalid);
  });

  test('JetGetTableInfo: JET_TblInfo, the name, the dbid and the space allocation', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 'Info', 4, 90);
    const info = esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfo);
    expect(info.objtyp).toBe(esent.JET_objtypTable);
    expect(info.grbit & esent.JET_bitTableInfoUpdatable).toBe(esent.JET_bitTableInfoUpdatable);
    expect(Object.keys(info).sort()).toEqual(['cPage', 'cRecord', 'flags', 'grbit', 'objtyp']);
    expect(esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfoName)).toBe('Info');
    expect(esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfoTemplateTableName)).toBe('');
    expect(esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfoDbid)).toBe(db.dbid);
    const [pages, density] = esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfoSpaceAlloc);
    expect(density).toBe(90);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfoSpaceOwned)).toBeGreaterThanOrEqual(1);
    expect(typeof esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfoSpaceAvailable)).toBe('number');
    esent.JetCloseTable(db.sesid, tableid);
    expectJetError(() => esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfo), esent.JET_errInvalidTableId);
  });

  test('JetGetObjectInfo: one table, the list of tables, and the "Tables" container', () => {
    const db = database();
    const { sesid, dbid } = db;
    for (const name of ['b', 'a', 'c']) tableWith(db, name, { x: { coltyp: esent.JET_coltypLong } });
    const info = esent.JetGetObjectInfo(sesid, dbid, esent.JET_objtypTable, null, 'a');
    expect(info.objtyp).toBe(esent.JET_objtypTable);
    expect(info).not.toHaveProperty('dtCreate');
    expect(esent.JetGetObjectInfo(sesid, dbid, esent.JET_objtypTable, 'Tables', 'B', esent.JET_ObjInfoNoStats).objtyp)
      .toBe(esent.JET_objtypTable);
    expectJetError(() => esent.JetGetObjectInfo(sesid, dbid, esent.JET_objtypTable, null, 'zz'), esent.JET_errObjectNotFound);
    expectJetError(() => esent.JetGetObjectInfo(sesid, dbid, esent.JET_objtypTable, 'Other', 'a'), -1305);

    expect(userTables(db)).toEqual(['a', 'b', 'c']);
    const rows = esent.JetGetObjectInfo(sesid, dbid, esent.JET_objtypTable, null, null, esent.JET_ObjInfoListNoStats)
      .filter((row) => !row.szObjectName.startsWith('MSys'));
    for (const row of rows) {
      expect(row.objtyp).toBe(esent.JET_objtypTable);
      expect(row.szContainerName).toBe('Tables');
      expect(row.flags & esent.JET_bitObjectSystem).toBe(0);
    }
    esent.JetDeleteTable(sesid, dbid, 'b');
    expect(userTables(db)).toEqual(['a', 'c']);
  });

  test('DDL inside a transaction rolls back with it, and the cursor opened in that level is refused (-1310)', () => {
    const db = database();
    const { sesid, dbid } = db;
    esent.JetBeginTransaction(sesid);
    const created = esent.JetCreateTable(sesid, dbid, 't');
    esent.JetAddColumn(sesid, created, 'a', { coltyp: esent.JET_coltypLong });
    esent.JetRollback(sesid);
    expectJetError(() => esent.JetGetTableInfo(sesid, created, esent.JET_TblInfoName), esent.JET_errInvalidTableId);
    expectJetError(() => esent.JetCloseTable(sesid, created), -1310);
    expectJetError(() => esent.JetOpenTable(sesid, dbid, 't'), esent.JET_errObjectNotFound);
    expect(userTables(db)).toEqual([]);

    // committed: the table stays; a column added in a rolled-back level goes, with that level's cursor
    esent.JetBeginTransaction(sesid);
    const tableid = esent.JetCreateTable(sesid, dbid, 't');
    esent.JetAddColumn(sesid, tableid, 'a', { coltyp: esent.JET_coltypLong });
    esent.JetCommitTransaction(sesid);
    esent.JetBeginTransaction(sesid);
    esent.JetAddColumn(sesid, tableid, 'b', { coltyp: esent.JET_coltypText });
    const inner = esent.JetOpenTable(sesid, dbid, 't');
    expect(esent.JetGetTableColumnInfo(sesid, inner, 'b').coltyp).toBe(esent.JET_coltypText);
    esent.JetRollback(sesid);
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, inner, 'a'), -1310);
    expectJetError(() => esent.JetGetTableColumnInfo(sesid, tableid, 'b'), esent.JET_errColumnNotFound);
    expect(esent.JetGetTableColumnInfo(sesid, tableid, 'a').coltyp).toBe(esent.JET_coltypLong);
    esent.JetCloseTable(sesid, tableid);

    // a delete rolled back: the table is still there
    esent.JetBeginTransaction(sesid);
    esent.JetDeleteTable(sesid, dbid, 't');
    expectJetError(() => esent.JetOpenTable(sesid, dbid, 't'), -1305);
    esent.JetRollback(sesid);
    esent.JetCloseTable(sesid, esent.JetOpenTable(sesid, dbid, 't'));
    // a rename rolled back: the old name again
    esent.JetBeginTransaction(sesid);
    esent.JetRenameTable(sesid, dbid, 't', 'u');
    esent.JetRollback(sesid);
    expect(userTables(db)).toEqual(['t']);
  });

  test('a cursor is refused with JET_errInvalidTableId (-1310) from another session, after close, or made up', () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 't');
    const other = otherSession(db);
    expectJetError(() => esent.JetGetTableInfo(other.sesid, tableid, esent.JET_TblInfoName), esent.JET_errInvalidTableId);
    expect(esent.JET_errInvalidTableId).toBe(-1310);
    expectJetError(() => esent.JetCloseTable(other.sesid, tableid), -1310);
    expectJetError(() => esent.JetAddColumn(other.sesid, tableid, 'x', { coltyp: esent.JET_coltypLong }), -1310);
    // the owner's cursor still works
    esent.JetAddColumn(db.sesid, tableid, 'x', { coltyp: esent.JET_coltypLong });
    esent.JetCloseTable(db.sesid, tableid);
    for (const fn of [
      () => esent.JetCloseTable(db.sesid, tableid),
      () => esent.JetAddColumn(db.sesid, tableid, 'y', { coltyp: esent.JET_coltypLong }),
      () => esent.JetGetTableColumnInfo(db.sesid, tableid, 'x'),
      () => esent.JetDeleteColumn(db.sesid, tableid, 'x'),
      () => esent.JetRenameColumn(db.sesid, tableid, 'x', 'z'),
      () => esent.JetGetTableInfo(db.sesid, tableid, esent.JET_TblInfo),
      () => esent.JetCloseTable(db.sesid, 123456789n as JET_TABLEID),
      () => esent.JetCloseTable(db.sesid, esent.JET_tableidNil),
    ]) {
      expectJetError(fn, -1310);
    }
    // an ended session's cursors go with it: the session check comes first
    const ended = esent.JetOpenTable(other.sesid, other.dbid, 't');
    esent.JetEndSession(other.sesid);
    expectJetError(() => esent.JetCloseTable(other.sesid, ended), esent.JET_errInvalidSesid);
    expectJetError(() => esent.JetCloseTable(db.sesid, ended), -1310);
  });

  test("a table call naming another thread's session or cursor is JET_errSessionSharingViolation (-1910)", async () => {
    const db = database();
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 't');
    const worker = await RpcWorker.start();
    env.defer(() => worker.terminate());
    for (const [fn, args] of [
      ['JetCreateTable', [db.sesid, db.dbid, 'other']],
      ['JetOpenTable', [db.sesid, db.dbid, 't']],
      ['JetCloseTable', [db.sesid, tableid]],
      ['JetAddColumn', [db.sesid, tableid, 'x', { coltyp: esent.JET_coltypLong }]],
      ['JetGetTableColumnInfo', [db.sesid, tableid, null, esent.JET_ColInfoList]],
      ['JetGetTableInfo', [db.sesid, tableid, esent.JET_TblInfoName]],
      ['JetGetColumnInfo', [db.sesid, db.dbid, 't', null, esent.JET_ColInfoList]],
      ['JetGetObjectInfo', [db.sesid, db.dbid, esent.JET_objtypTable, null, null, esent.JET_ObjInfoList]],
      ['JetCreateTableColumnIndex', [db.sesid, db.dbid, { szTableName: 'other' }]],
      ['JetCreateTableColumnIndex3', [db.sesid, db.dbid, { szTableName: 'other', pSeqSpacehints: { ulInitialDensity: 90 } }]],
      ['JetDeleteTable', [db.sesid, db.dbid, 't']],
      ['JetRenameTable', [db.sesid, db.dbid, 't', 'u']],
    ] as const) {
      const error = await worker.fails(fn, ...args);
      expect(error.code, fn).toBe(esent.JET_errSessionSharingViolation);
    }
    // the owner's cursor and session still work, and nothing was created
    esent.JetAddColumn(db.sesid, tableid, 'x', { coltyp: esent.JET_coltypLong });
    esent.JetCloseTable(db.sesid, tableid);
    expect(userTables(db)).toEqual(['t']);
  });

  test('JetCreateTableColumnIndex creates the table and its columns at once, with an exclusive cursor', () => {
    const db = database();
    const result = esent.JetCreateTableColumnIndex(db.sesid, db.dbid, {
      szTableName: 'docs',
      ulDensity: 80,
      rgcolumncreate: [
        { szColumnName: 'id', coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnNotNULL },
        { szColumnName: 'title', coltyp: esent.JET_coltypText, cbMax: 120, cp: 1200 },
        { szColumnName: 'body', coltyp: esent.JET_coltypLongText, cp: 1200 },
        { szColumnName: 'count', coltyp: esent.JET_coltypLong, pvDefault: Buffer.from([5, 0, 0, 0]) },
      ],
      rgindexcreate: [],
    });
    expect(result.cCreated).toBe(5);
    expect(result.columnErrs.every((err) => err >= 0)).toBe(true);
    expect(result.indexErrs).toEqual([]);
    const [id, title, body, count] = result.columnids;
    expect(id! < 128 && count! < 128 && title! >= 128 && title! < 256 && body! >= 256).toBe(true);
    const info = esent.JetGetTableColumnInfo(db.sesid, result.tableid, 'title');
    expect([info.columnid, info.cp, info.cbMax]).toEqual([title, 1200, 120]);
    expect(esent.JetGetTableColumnInfo(db.sesid, result.tableid, 'id').grbit & esent.JET_bitColumnNotNULL)
      .toBe(esent.JET_bitColumnNotNULL);
    const counted = esent.JetGetTableColumnInfo(db.sesid, result.tableid, null, esent.JET_ColInfoList)
      .find((row) => row.columnName === 'count')!;
    expect([...counted.defaultValue!]).toEqual([5, 0, 0, 0]);
    const other = otherSession(db);
    expectJetError(() => esent.JetOpenTable(other.sesid, other.dbid, 'docs'), esent.JET_errTableLocked);
    esent.JetCloseTable(db.sesid, result.tableid);
    esent.JetCloseTable(other.sesid, esent.JetOpenTable(other.sesid, other.dbid, 'docs'));
  });

  test('JetCreateTableColumnIndex creates nothing when a column is refused; the error holds each column\'s err', () => {
    const db = database();
    const error = expectJetError(() => esent.JetCreateTableColumnIndex(db.sesid, db.dbid, {
      szTableName: 'docs',
      rgcolumncreate: [
        { szColumnName: 'id', coltyp: esent.JET_coltypLong },
        { szColumnName: 'title', coltyp: esent.JET_coltypText, cp: 437 },
      ],
    }), esent.JET_errInvalidCodePage) as esent.TableCreateError;
    expect(error.columnErrs).toHaveLength(2);
    expect(error.columnErrs[1]).toBe(esent.JET_errInvalidCodePage);
    expectJetError(() => esent.JetOpenTable(db.sesid, db.dbid, 'docs'), esent.JET_errObjectNotFound);
    const duplicate = expectJetError(() => esent.JetCreateTableColumnIndex(db.sesid, db.dbid, {
      szTableName: 'docs',
      rgcolumncreate: [{ szColumnName: 'a', coltyp: esent.JET_coltypLong }, { szColumnName: 'A', coltyp: esent.JET_coltypLong }],
    }), esent.JET_errColumnDuplicate) as esent.TableCreateError;
    expect(duplicate.columnErrs[1]).toBe(esent.JET_errColumnDuplicate);
    // an index ESENT cannot build (its key names no column) also leaves nothing behind
    const badIndex = esent.JetCreateTableColumnIndex2;
    expect(() => badIndex(db.sesid, db.dbid, {
      szTableName: 'docs',
      rgcolumncreate: [{ szColumnName: 'a', coltyp: esent.JET_coltypLong }],
      rgindexcreate: [{ szIndexName: 'byNothing', szKey: '+missing\0' }],
    })).toThrow(esent.EsentError);
    expectJetError(() => esent.JetOpenTable(db.sesid, db.dbid, 'docs'), -1305);
    expect(userTables(db)).toEqual([]);
  });

  test('JetCreateTableColumnIndex2 creates the same way; a callback is not supported yet', () => {
    const db = database();
    const result = esent.JetCreateTableColumnIndex2(db.sesid, db.dbid, {
      szTableName: 'wide',
      rgcolumncreate: [{ szColumnName: 'w', coltyp: esent.JET_coltypShort }, { szColumnName: 'v', coltyp: esent.JET_coltypBinary }],
      szCallback: null,
      cbtyp: 0,
    });
    expect(result.columnids).toHaveLength(2);
    expect(esent.JetGetTableColumnInfo(db.sesid, result.tableid, 'w').columnid).toBe(result.columnids[0]);
    esent.JetCloseTable(db.sesid, result.tableid);
    expect(call(esent.JetCreateTableColumnIndex2, db.sesid, db.dbid, { szTableName: 'cb', szCallback: 'dll!fn' })).toThrow(TypeError);
    expect(userTables(db)).toEqual(['wide']);
  });

  test('wrong argument types are TypeError, negative or fractional counts and unknown info levels RangeError', () => {
    const db = database();
    const { sesid, dbid } = db;
    const tableid = esent.JetCreateTable(sesid, dbid, 't');
    const long = { coltyp: esent.JET_coltypLong };
    expect(call(esent.JetCreateTable, sesid, dbid, 42)).toThrow(TypeError);
    expect(call(esent.JetCreateTable, sesid, '1', 't2')).toThrow(TypeError);
    expect(call(esent.JetCreateTable, sesid, dbid, 't2', -1)).toThrow(RangeError);
    expect(call(esent.JetCreateTable, sesid, dbid, 't2', 1.5)).toThrow(RangeError);
    expect(call(esent.JetCreateTable, sesid, dbid, 't2', 0, -80)).toThrow(RangeError);
    expect(call(esent.JetCreateTable, sesid, dbid, 'nul\0name')).toThrow(TypeError);
    expect(call(esent.JetOpenTable, sesid, dbid, 't', {})).toThrow(TypeError);
    expect(call(esent.JetOpenTable, sesid, dbid, 't', null, 'readonly')).toThrow(TypeError);
    expect(call(esent.JetCloseTable, sesid, 5)).toThrow(TypeError);
    expect(call(esent.JetCloseTable, sesid, null)).toThrow(TypeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', null)).toThrow(TypeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', { coltyp: '4' })).toThrow(TypeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', {})).toThrow(TypeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', { coltyp: -4 })).toThrow(RangeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', { ...long, cbMax: -1 })).toThrow(RangeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', { ...long, cbMax: 2.5 })).toThrow(RangeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', { coltyp: esent.JET_coltypText, cp: 70000 })).toThrow(RangeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', long, 'default')).toThrow(TypeError);
    expect(call(esent.JetAddColumn, sesid, tableid, 'c', long, [1, 0, 0, 0])).toThrow(TypeError);
    expect(call(esent.JetSetColumnDefaultValue, sesid, dbid, 't', 'c', null)).toThrow(TypeError);
    expect(call(esent.JetRenameColumn, sesid, tableid, 'a', undefined)).toThrow(TypeError);
    expect(call(esent.JetGetTableColumnInfo, sesid, tableid, {})).toThrow(TypeError);
    expect(call(esent.JetGetTableColumnInfo, sesid, tableid, -1)).toThrow(RangeError);
    expect(call(esent.JetGetTableColumnInfo, sesid, tableid, 'c', esent.JET_ColInfoSysTabCursor)).toThrow(RangeError);
    expect(call(esent.JetGetTableColumnInfo, sesid, tableid, 5, esent.JET_ColInfo)).toThrow(TypeError);
    expect(call(esent.JetGetTableColumnInfo, sesid, tableid, 'c', esent.JET_ColInfoByColid)).toThrow(TypeError);
    expect(call(esent.JetGetTableInfo, sesid, tableid, 99)).toThrow(RangeError);
    expect(call(esent.JetGetTableInfo, sesid, tableid, '0')).toThrow(TypeError);
    expect(call(esent.JetGetObjectInfo, sesid, dbid, esent.JET_objtypTable, null, 't', esent.JET_ObjInfoSysTabCursor)).toThrow(RangeError);
    expect(call(esent.JetGetObjectInfo, sesid, dbid, 'table', null, 't')).toThrow(TypeError);
    const create = (tablecreate: unknown) => call(esent.JetCreateTableColumnIndex, sesid, dbid, tablecreate);
    expect(create(null)).toThrow(TypeError);
    expect(create({})).toThrow(TypeError);
    expect(create({ szTableName: 'x', rgcolumncreate: {} })).toThrow(TypeError);
    expect(create({ szTableName: 'x', rgcolumncreate: [null] })).toThrow(TypeError);
    expect(create({ szTableName: 'x', rgcolumncreate: [{ coltyp: 4 }] })).toThrow(TypeError);
    expect(create({ szTableName: 'x', rgcolumncreate: [{ szColumnName: 'a', coltyp: 1.5 }] })).toThrow(RangeError);
    expect(create({ szTableName: 'x', rgcolumncreate: [{ szColumnName: 'a', coltyp: 4, pvDefault: 'x' }] })).toThrow(TypeError);
    expect(create({ szTableName: 'x', ulPages: -1 })).toThrow(RangeError);
    expect(create({ szTableName: 'x', rgindexcreate: [{ szIndexName: 'i' }] })).toThrow(TypeError);
    expect(create({ szTableName: 'x', rgindexcreate: [{ szIndexName: 'i', szKey: '+a\0', rgconditionalcolumn: [] }] })).toThrow(TypeError);
    // the session check runs before the engine
    expectJetError(() => esent.JetCreateTable(123n as JET_SESID, dbid, 'x'), esent.JET_errInvalidSesid);
    // nothing was created, and the cursor still works
    expect(userTables(db)).toEqual(['t']);
    esent.JetAddColumn(sesid, tableid, 'fine', long);
    esent.JetCloseTable(sesid, tableid);
  });

  test('the addon itself refuses bad arguments without the TypeScript layer (never a crash)', () => {
    const db = database();
    const { sesid, dbid } = db;
    const tableid = esent.JetCreateTable(sesid, dbid, 't');
    const raw = native as unknown as Record<string, (...args: unknown[]) => unknown>;
    const rawCall = (fn: string, ...args: unknown[]) => () => raw[fn]!(...args);
    expect(rawCall('JetCreateTable', sesid, dbid, 't2', -1, 0)).toThrow(RangeError);
    expect(rawCall('JetCreateTable', sesid, dbid, undefined, 0, 0)).toThrow(TypeError);
    expect(rawCall('JetAddColumn', sesid, tableid, 'c', { coltyp: 4, cbMax: -2 }, null)).toThrow(RangeError);
    expect(rawCall('JetAddColumn', sesid, tableid, 'c', { coltyp: 4 }, 'bytes')).toThrow(TypeError);
    expect(rawCall('JetAddColumn', sesid, tableid, 'c', 4, null)).toThrow(TypeError);
    expect(rawCall('JetCreateTableColumnIndex', sesid, dbid, { szTableName: 'x', rgcolumncreate: [{ szColumnName: 'a', coltyp: -1 }] }))
      .toThrow(RangeError);
    expect(rawCall('JetCreateTableColumnIndex', sesid, dbid, { szTableName: 'x', rgindexcreate: [{ szIndexName: 'i', szKey: '+a\0', grbit: 0x800 }] }))
      .toThrow(TypeError);
    expect(rawCall('JetGetTableColumnInfo', sesid, tableid, 'c', 42)).toThrow(RangeError);
    expect(rawCall('JetGetObjectInfo', sesid, dbid, 1, null, null, 42)).toThrow(RangeError);
    expect(rawCall('JetOpenTable', sesid, dbid, 't', Buffer.alloc(4), 0)).toThrow(TypeError);
    expect(userTables(db)).toEqual(['t']);
    esent.JetCloseTable(sesid, tableid);
  });

  test('a getter that closes the cursor or ends the session mid-call only gets the invalid-handle error', () => {
    const db = database();
    const raw = native as unknown as Record<string, (...args: unknown[]) => unknown>;
    const tableid = esent.JetCreateTable(db.sesid, db.dbid, 't');
    const closing = { get coltyp() { esent.JetCloseTable(db.sesid, tableid); return esent.JET_coltypLong; } };
    expectJetError(() => raw.JetAddColumn!(db.sesid, tableid, 'c', closing, null), esent.JET_errInvalidTableId);

    const other = otherSession(db);
    const ending = { get szTableName() { esent.JetEndSession(other.sesid); return 'late'; } };
    expectJetError(() => raw.JetCreateTableColumnIndex!(other.sesid, other.dbid, ending), esent.JET_errInvalidSesid);
    expect(userTables(db)).toEqual(['t']);
  });

  // Space hints that ESENT accepts (ManagedEsent's tests create tables with the same figures).
  const seqHints: esent.JET_SPACEHINTS = {
    ulInitialDensity: 80,
    cbInitial: 96 * 1024,
    grbit: esent.JET_bitRetrieveHintTableScanForward | esent.JET_bitCreateHintAppendSequential,
    ulGrowth: 150,
    cbMinExtent: 64 * 1024,
    cbMaxExtent: 256 * 1024,
  };

  test('JetCreateTableColumnIndex3 creates the table and its columns with space hints and cbSeparateLV', () => {
    const db = database();
    const result = esent.JetCreateTableColumnIndex3(db.sesid, db.dbid, {
      szTableName: 'hinted',
      rgcolumncreate: [
        { szColumnName: 'id', coltyp: esent.JET_coltypLong, grbit: esent.JET_bitColumnNotNULL },
        { szColumnName: 'notes', coltyp: esent.JET_coltypLongBinary },
      ],
      pSeqSpacehints: seqHints,
      pLVSpacehints: { ulInitialDensity: 90, grbit: esent.JET_bitDeleteHintTableSequential },
      cbSeparateLV: 1024,
      szCallback: null,
      cbtyp: 0,
    });
    expect(result.cCreated).toBe(3);
    expect(result.columnErrs).toEqual([0, 0]);
    expect(result.indexErrs).toEqual([]);
    const [id, notes] = result.columnids;
    expect(id! < 128 && notes! >= 256).toBe(true);
    expect(esent.JetGetTableColumnInfo(db.sesid, result.tableid, 'notes'))
      .toMatchObject({ columnid: notes, coltyp: esent.JET_coltypLongBinary });
    const other = otherSession(db);
    expectJetError(() => esent.JetOpenTable(other.sesid, other.dbid, 'hinted'), esent.JET_errTableLocked);
    esent.JetCloseTable(db.sesid, result.tableid);
    // without any hints it is JetCreateTableColumnIndex2
    const plain = esent.JetCreateTableColumnIndex3(db.sesid, db.dbid, {
      szTableName: 'plain', rgcolumncreate: [{ szColumnName: 'w', coltyp: esent.JET_coltypShort }],
    });
    expect([plain.cCreated, plain.columnids.length]).toEqual([2, 1]);
    esent.JetCloseTable(db.sesid, plain.tableid);
    expectJetError(() => esent.JetCreateTableColumnIndex3(db.sesid, db.dbid, { szTableName: 'plain' }),
      esent.JET_errTableDuplicate);
    expect(userTables(db)).toEqual(['hinted', 'plain']);
  });

  test('JetCreateTableColumnIndex3 refuses the space hints ESENT refuses, and creates nothing', () => {
    const db = database();
    const columns = [{ szColumnName: 'id', coltyp: esent.JET_coltypLong }];
    const refused = (hints: Partial<esent.JET_TABLECREATE3>, code: number) => {
      expectJetError(() => esent.JetCreateTableColumnIndex3(db.sesid, db.dbid,
        { szTableName: 'hinted', rgcolumncreate: columns, ...hints }), code);
    };
    refused({ pLVSpacehints: { ulInitialDensity: 10 } }, esent.JET_errDensityInvalid);
    refused({ pSeqSpacehints: { ...seqHints, ulMaintDensity: 101 } }, esent.JET_errDensityInvalid);
    refused({ pSeqSpacehints: { ...seqHints, grbit: 0x10000 } }, esent.JET_errInvalidGrbit);
    refused({
      pSeqSpacehints: { grbit: esent.JET_bitRetrieveHintTableScanForward | esent.JET_bitRetrieveHintTableScanBackward },
    }, esent.JET_errSpaceHintsInvalid);
    refused({ pSeqSpacehints: { ...seqHints, ulGrowth: 50 } }, esent.JET_errSpaceHintsInvalid);
    refused({ pLVSpacehints: { ...seqHints, cbMinExtent: 512 * 1024 } }, esent.JET_errSpaceHintsInvalid);
    // an index ESENT cannot build (its key names no column), with hints of its own, leaves nothing either
    expect(() => esent.JetCreateTableColumnIndex3(db.sesid, db.dbid, {
      szTableName: 'hinted',
      rgcolumncreate: columns,
      rgindexcreate: [{ szIndexName: 'byNothing', szKey: '+missing\0', pSpacehints: { ulInitialDensity: 90 } }],
    })).toThrow(esent.EsentError);
    expect(userTables(db)).toEqual([]);
  });

  test('JetCreateTableColumnIndex3 checks its space hints and cbSeparateLV before the engine sees them', () => {
    const db = database();
    const { sesid, dbid } = db;
    const create = (tablecreate: unknown) => call(esent.JetCreateTableColumnIndex3, sesid, dbid, tablecreate);
    expect(create({ szTableName: 'x', pSeqSpacehints: 'dense' })).toThrow(TypeError);
    expect(create({ szTableName: 'x', pLVSpacehints: [80] })).toThrow(TypeError);
    expect(create({ szTableName: 'x', pLVSpacehints: { ulGrowth: 1.5 } })).toThrow(RangeError);
    expect(create({ szTableName: 'x', pSeqSpacehints: { cbInitial: -4096 } })).toThrow(RangeError);
    expect(create({ szTableName: 'x', pSeqSpacehints: { grbit: '1' } })).toThrow(TypeError);
    expect(create({ szTableName: 'x', cbSeparateLV: -1 })).toThrow(RangeError);
    expect(create({ szTableName: 'x', cbSeparateLV: '1k' })).toThrow(TypeError);
    expect(create({ szTableName: 'x', szCallback: 'dll!fn' })).toThrow(TypeError);
    expect(create({ szTableName: 'x', rgindexcreate: [{ szIndexName: 'i', szKey: '+a\0', pSpacehints: 7 }] }))
      .toThrow(TypeError);
    const raw = native as unknown as Record<string, (...args: unknown[]) => unknown>;
    const rawCreate = (tablecreate: unknown) => () => raw.JetCreateTableColumnIndex3!(sesid, dbid, tablecreate);
    expect(rawCreate({ szTableName: 'x', pSeqSpacehints: [] })).toThrow(TypeError);
    expect(rawCreate({ szTableName: 'x', pLVSpacehints: { cbMaxExtent: -1 } })).toThrow(RangeError);
    expect(rawCreate({ szTableName: 'x', cbSeparateLV: 2 ** 32 })).toThrow(RangeError);
    expect(rawCreate({ szTableName: 'x', rgindexcreate: [{ szIndexName: 'i', szKey: '+a\0', pSpacehints: 'x' }] }))
      .toThrow(TypeError);
    expect(userTables(db)).toEqual([]);
  });
});
