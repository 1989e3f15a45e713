/*
 * Tables and columns: JetCreateTable and friends, JetAddColumn and friends, and the table, column
 * and object information levels.
 *
 * A JET_TABLEID is a cursor: it belongs to the session that opened it (and so to that session's
 * JS thread), lives until JetCloseTable, and is closed by the engine when the transaction level it
 * was opened in rolls back; any use after that is JET_errInvalidTableId (-1310). JetCreateTable's
 * cursor is exclusive: other sessions' JetOpenTable gets JET_errTableLocked (-1302) until it is
 * closed. DDL at level 0 commits on its own; inside a transaction it rolls back with it.
 *
 * The listings (JET_ColInfoList, JET_ObjInfoList) are temporary tables in ESENT; this binding
 * reads and closes them, and returns their rows as arrays.
 */
import type {
  JET_ColInfo, JET_ColInfoBase, JET_ColInfoBaseByColid, JET_ColInfoByColid, JET_ColInfoList,
  JET_ColInfoListCompact, JET_ColInfoListSortColumnid, JET_ObjInfo, JET_ObjInfoList, JET_ObjInfoListNoStats,
  JET_ObjInfoNoStats, JET_TblInfo, JET_TblInfoName, JET_TblInfoSpaceAlloc, JET_TblInfoTemplateTableName,
} from './constants.js';
import type { EsentError } from './errors.js';
import type { JET_COLUMNID, JET_DBID, JET_SESID, JET_TABLEID } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

/** JET_COLUMNDEF (JET_ColInfo, JET_ColInfoByColid), without cbStruct. */
export interface JET_COLUMNDEF {
  columnid: JET_COLUMNID;
  /** One of JET_coltyp*. */
  coltyp: number;
  wCountry: number;
  langid: number;
  /** 1252 or 1200 for text columns, 0 for the others. */
  cp: number;
  wCollate: number;
  /** In bytes; the size of a fixed column's type, 0 for a long value without a limit. */
  cbMax: number;
  /** JET_bitColumn* */
  grbit: number;
}

/** JET_COLUMNBASE (JET_ColInfoBase, JET_ColInfoBaseByColid): the column and the table it is defined in. */
export interface JET_COLUMNBASE {
  columnid: JET_COLUMNID;
  coltyp: number;
  wCountry: number;
  langid: number;
  cp: number;
  cbMax: number;
  grbit: number;
  szBaseTableName: string;
  szBaseColumnName: string;
}

/** One row of a column listing (JET_ColInfoList and its variants), in the listing's order. */
export interface ColumnListEntry {
  columnName: string;
  columnid: JET_COLUMNID;
  coltyp: number;
  wCountry: number;
  langid: number;
  cp: number;
  wCollate: number;
  cbMax: number;
  grbit: number;
  /** The column's default value, or null when it has none (or the level does not list it). */
  defaultValue: Buffer | null;
  baseTableName: string | null;
  baseColumnName: string | null;
}

/**
 * JET_OBJECTINFO (JET_TblInfo, JET_ObjInfo), without cbStruct, and without dtCreate and dtUpdate,
 * which ESENT never fills in.
 */
export interface JET_OBJECTINFO {
  /** One of JET_objtyp*. */
  objtyp: number;
  /** JET_bitTableInfo* */
  grbit: number;
  /** JET_bitObject* */
  flags: number;
  /** Statistics ESENT only refreshes in JetComputeStats. */
  cRecord: number;
  cPage: number;
}

/** One row of an object listing (JET_ObjInfoList, JET_ObjInfoListNoStats). */
export interface ObjectListEntry extends JET_OBJECTINFO {
  szContainerName: string | null;
  szObjectName: string;
}

/** JetAddColumn's column definition: the fields of JET_COLUMNDEF that define a column. */
export interface ColumnDefinition {
  /** One of JET_coltyp*. */
  coltyp: number;
  /** Maximum length in bytes (0: the type's default). */
  cbMax?: number;
  /** JET_bitColumn* */
  grbit?: number;
  /** Text columns: 1252 (the default, for 0) or 1200 (UTF-16). */
  cp?: number;
}

/** JET_COLUMNCREATE, without cbStruct and the fields the engine fills (columnid, err). */
export interface JET_COLUMNCREATE {
  szColumnName: string;
  coltyp: number;
  cbMax?: number;
  grbit?: number;
  pvDefault?: Uint8Array | null;
  cp?: number;
}

/**
 * JET_INDEXCREATE, without cbStruct, cbKey (the key's length plus the terminator added after it)
 * and err. szKey is ESENT's key description, segments separated by NULs: '+name\0-date\0'.
 */
export interface JET_INDEXCREATE {
  szIndexName: string;
  szKey: string;
  /** JET_bitIndex*; JET_bitIndexUnicode and JET_bitIndexTupleLimits are not supported yet. */
  grbit?: number;
  ulDensity?: number;
  lcid?: number;
  cbVarSegMac?: number;
  cbKeyMost?: number;
  /** Conditional columns are not supported yet. */
  rgconditionalcolumn?: null;
}

/** JET_TABLECREATE, without cbStruct and the fields the engine fills (tableid, cCreated). */
export interface JET_TABLECREATE {
  szTableName: string;
  szTemplateTableName?: string | null;
  ulPages?: number;
  ulDensity?: number;
  rgcolumncreate?: readonly JET_COLUMNCREATE[];
  rgindexcreate?: readonly JET_INDEXCREATE[];
  /** JET_bitTableCreate* */
  grbit?: number;
}

/** JET_TABLECREATE2: JET_TABLECREATE and a callback, which this binding does not support yet. */
export interface JET_TABLECREATE2 extends JET_TABLECREATE {
  szCallback?: null;
  /** One of JET_cbtyp*; only JET_cbtypNull (0) without a callback. */
  cbtyp?: number;
}

/**
 * JET_SPACEHINTS, without cbStruct: how ESENT is to allocate and grow a B-tree (Windows 7 and
 * later). Every field is optional (0). ESENT rounds the byte counts up to whole pages and refuses
 * the rest with JET_errDensityInvalid (-1307), JET_errInvalidGrbit (-900) or
 * JET_errSpaceHintsInvalid (-2103).
 */
export interface JET_SPACEHINTS {
  /** Density of the pages appends fill, 20-100 (0: the default, 80). */
  ulInitialDensity?: number;
  /** The tree's initial size in bytes. */
  cbInitial?: number;
  /** JET_bitSpaceHintsUtilizeParentSpace, JET_bitCreateHint*, JET_bitRetrieveHint*, JET_bitDeleteHintTableSequential. */
  grbit?: number;
  /** Density below which a table scanned in order is defragmented, 20-100 (0: never). */
  ulMaintDensity?: number;
  /** Each extent's size as a percentage of the last one: 0 (no growth) or 100-49999. */
  ulGrowth?: number;
  /** The smallest extent in bytes (below 100 MiB, at most cbMaxExtent). */
  cbMinExtent?: number;
  /** The largest extent in bytes (below 100 MiB). */
  cbMaxExtent?: number;
}

/** JET_INDEXCREATE2: JET_INDEXCREATE and the index's space hints. */
export interface JET_INDEXCREATE2 extends JET_INDEXCREATE {
  pSpacehints?: JET_SPACEHINTS | null;
}

/**
 * JET_TABLECREATE3: JET_TABLECREATE2 with index creates that carry space hints, space hints for
 * the table's own tree (not allowed together with a primary index's) and for its long values,
 * and cbSeparateLV, the size in bytes from which a long value is stored apart from its record
 * (0: ESENT's default).
 */
export interface JET_TABLECREATE3 extends JET_TABLECREATE2 {
  rgindexcreate?: readonly JET_INDEXCREATE2[];
  pSeqSpacehints?: JET_SPACEHINTS | null;
  pLVSpacehints?: JET_SPACEHINTS | null;
  cbSeparateLV?: number;
}

/** What JetCreateTableColumnIndex(2,3) fills in: the exclusive cursor and each column's id and err. */
export interface TableCreateResult {
  /** The new table's cursor, opened exclusively (JET_tableidNil with JET_bitTableCreateImmutableStructure). */
  tableid: JET_TABLEID;
  /** The table plus the columns and indexes created. */
  cCreated: number;
  /** JET_COLUMNCREATE.columnid of each column, in rgcolumncreate's order. */
  columnids: JET_COLUMNID[];
  /** JET_COLUMNCREATE.err of each column, in rgcolumncreate's order. */
  columnErrs: number[];
  /** JET_INDEXCREATE.err of each index, in rgindexcreate's order. */
  indexErrs: number[];
}

/** The EsentError of a failed JetCreateTableColumnIndex(2,3): the failing column's or index's err is its code. */
export interface TableCreateError extends EsentError {
  columnErrs: number[];
  indexErrs: number[];
}

/** What a column information level returns (see JetGetTableColumnInfo). */
export type ColumnInfo = JET_COLUMNDEF | JET_COLUMNBASE | ColumnListEntry[];

/**
 * What a table information level returns: JET_OBJECTINFO for JET_TblInfo, a string for
 * JET_TblInfoName / JET_TblInfoTemplateTableName, [pages, density] for JET_TblInfoSpaceAlloc, a
 * number for the others.
 */
export type TableInfo = JET_OBJECTINFO | string | [number, number] | number;

/** What an object information level returns (see JetGetObjectInfo). */
export type ObjectInfo = JET_OBJECTINFO | ObjectListEntry[];

/** The addon's table and column functions (see native.ts). */
export interface TableBinding {
  JetCreateTable(sesid: bigint, dbid: number, name: string, pages: number, density: number): bigint;
  JetCreateTableColumnIndex(sesid: bigint, dbid: number, tablecreate: JET_TABLECREATE): TableCreateResult;
  JetCreateTableColumnIndex2(sesid: bigint, dbid: number, tablecreate: JET_TABLECREATE2): TableCreateResult;
  JetCreateTableColumnIndex3(sesid: bigint, dbid: number, tablecreate: JET_TABLECREATE3): TableCreateResult;
  JetOpenTable(sesid: bigint, dbid: number, name: string, parameters: null, grbit: number): bigint;
  JetCloseTable(sesid: bigint, tableid: bigint): number;
  JetDeleteTable(sesid: bigint, dbid: number, name: string): number;
  JetRenameTable(sesid: bigint, dbid: number, name: string, newName: string): number;
  JetAddColumn(sesid: bigint, tableid: bigint, name: string, columndef: ColumnDefinition,
    defaultValue: Uint8Array | null): number;
  JetDeleteColumn(sesid: bigint, tableid: bigint, name: string): number;
  JetDeleteColumn2(sesid: bigint, tableid: bigint, name: string, grbit: number): number;
  JetRenameColumn(sesid: bigint, tableid: bigint, name: string, newName: string, grbit: number): number;
  JetSetColumnDefaultValue(sesid: bigint, dbid: number, tableName: string, columnName: string, data: Uint8Array,
    grbit: number): number;
  JetGetTableColumnInfo(sesid: bigint, tableid: bigint, column: string | number | null, infoLevel: number): ColumnInfo;
  JetGetColumnInfo(sesid: bigint, dbid: number, tableName: string, column: string | number | null,
    infoLevel: number): ColumnInfo;
  JetGetTableInfo(sesid: bigint, tableid: bigint, infoLevel: number): TableInfo;
  JetGetObjectInfo(sesid: bigint, dbid: number, objtyp: number, containerName: string | null,
    objectName: string | null, infoLevel: number): ObjectInfo;
}

// esent.h's JET_ColInfo / JET_ColInfoByColid, the levels a name and an id select by default.
const colInfo = 0;
const colInfoByColid = 6;

function optionalArray(fn: string, arg: string, value: unknown): readonly unknown[] {
  return value === undefined ? [] : check.array(fn, arg, value);
}

function requireNullish(fn: string, arg: string, value: unknown): null {
  if (value !== null && value !== undefined) throw new TypeError(`${fn}: ${arg} is not supported yet; pass null`);
  return null;
}

// The column argument of the column information functions: a name, a column id, or (listings) nothing.
function columnSelector(fn: string, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return check.unsigned32(fn, 'columnid', value);
  throw new TypeError(`${fn}: the column must be a name (string) or a columnid (number), got ${typeof value}`);
}

function columnDefinition(fn: string, value: unknown): ColumnDefinition {
  const def = check.object(fn, 'columndef', value);
  return {
    coltyp: check.unsigned32(fn, 'columndef.coltyp', def.coltyp),
    cbMax: check.optionalUnsigned32(fn, 'columndef.cbMax', def.cbMax, 0),
    grbit: check.optionalGrbit(fn, 'columndef.grbit', def.grbit),
    cp: check.optionalUnsigned32(fn, 'columndef.cp', def.cp, 0),
  };
}

function columnCreate(fn: string, arg: string, value: unknown): JET_COLUMNCREATE {
  const column = check.object(fn, arg, value);
  return {
    szColumnName: check.string(fn, `${arg}.szColumnName`, column.szColumnName),
    coltyp: check.unsigned32(fn, `${arg}.coltyp`, column.coltyp),
    cbMax: check.optionalUnsigned32(fn, `${arg}.cbMax`, column.cbMax, 0),
    grbit: check.optionalGrbit(fn, `${arg}.grbit`, column.grbit),
    pvDefault: check.optionalBytes(fn, `${arg}.pvDefault`, column.pvDefault),
    cp: check.optionalUnsigned32(fn, `${arg}.cp`, column.cp, 0),
  };
}

function optionalSpaceHints(fn: string, arg: string, value: unknown): JET_SPACEHINTS | null {
  if (value === null || value === undefined) return null;
  const hints = check.object(fn, arg, value);
  return {
    ulInitialDensity: check.optionalUnsigned32(fn, `${arg}.ulInitialDensity`, hints.ulInitialDensity, 0),
    cbInitial: check.optionalUnsigned32(fn, `${arg}.cbInitial`, hints.cbInitial, 0),
    grbit: check.optionalGrbit(fn, `${arg}.grbit`, hints.grbit),
    ulMaintDensity: check.optionalUnsigned32(fn, `${arg}.ulMaintDensity`, hints.ulMaintDensity, 0),
    ulGrowth: check.optionalUnsigned32(fn, `${arg}.ulGrowth`, hints.ulGrowth, 0),
    cbMinExtent: check.optionalUnsigned32(fn, `${arg}.cbMinExtent`, hints.cbMinExtent, 0),
    cbMaxExtent: check.optionalUnsigned32(fn, `${arg}.cbMaxExtent`, hints.cbMaxExtent, 0),
  };
}

// The structure versions of JetCreateTableColumnIndex, 2 and 3 (JET_TABLECREATE[2,3], JET_INDEXCREATE[2]).
type TableCreateVersion = 1 | 2 | 3;

function indexCreate(fn: string, arg: string, value: unknown, version: TableCreateVersion): JET_INDEXCREATE2 {
  const index = check.object(fn, arg, value);
  const result: JET_INDEXCREATE2 = {
    szIndexName: check.string(fn, `${arg}.szIndexName`, index.szIndexName),
    szKey: check.string(fn, `${arg}.szKey`, index.szKey),
    grbit: check.optionalGrbit(fn, `${arg}.grbit`, index.grbit),
    ulDensity: check.optionalUnsigned32(fn, `${arg}.ulDensity`, index.ulDensity, 0),
    lcid: check.optionalUnsigned32(fn, `${arg}.lcid`, index.lcid, 0),
    cbVarSegMac: check.optionalUnsigned32(fn, `${arg}.cbVarSegMac`, index.cbVarSegMac, 0),
    cbKeyMost: check.optionalUnsigned32(fn, `${arg}.cbKeyMost`, index.cbKeyMost, 0),
    rgconditionalcolumn: requireNullish(fn, `${arg}.rgconditionalcolumn`, index.rgconditionalcolumn),
  };
  if (version === 3) result.pSpacehints = optionalSpaceHints(fn, `${arg}.pSpacehints`, index.pSpacehints);
  return result;
}

// A checked copy of a tablecreate, holding only the fields the binding passes on.
function tableCreate(fn: string, value: unknown, version: TableCreateVersion): JET_TABLECREATE3 {
  const create = check.object(fn, 'tablecreate', value);
  const result: JET_TABLECREATE3 = {
    szTableName: check.string(fn, 'szTableName', create.szTableName),
    szTemplateTableName: check.optionalString(fn, 'szTemplateTableName', create.szTemplateTableName),
    ulPages: check.optionalUnsigned32(fn, 'ulPages', create.ulPages, 0),
    ulDensity: check.optionalUnsigned32(fn, 'ulDensity', create.ulDensity, 0),
    rgcolumncreate: optionalArray(fn, 'rgcolumncreate', create.rgcolumncreate)
      .map((column, i) => columnCreate(fn, `rgcolumncreate[${i}]`, column)),
    rgindexcreate: optionalArray(fn, 'rgindexcreate', create.rgindexcreate)
      .map((index, i) => indexCreate(fn, `rgindexcreate[${i}]`, index, version)),
    grbit: check.optionalGrbit(fn, 'grbit', create.grbit),
  };
  if (version >= 2) {
    result.szCallback = requireNullish(fn, 'szCallback', create.szCallback);
    result.cbtyp = check.optionalUnsigned32(fn, 'cbtyp', create.cbtyp, 0);
  }
  if (version === 3) {
    result.pSeqSpacehints = optionalSpaceHints(fn, 'pSeqSpacehints', create.pSeqSpacehints);
    result.pLVSpacehints = optionalSpaceHints(fn, 'pLVSpacehints', create.pLVSpacehints);
    result.cbSeparateLV = check.optionalUnsigned32(fn, 'cbSeparateLV', create.cbSeparateLV, 0);
  }
  return result;
}

// ---------------------------------------------------------------- tables

/**
 * Creates a table and returns an exclusive cursor on it. lPages is the initial size in pages,
 * lDensity the percentage of each page filled by appends (20-100; 0 for the default, 80).
 */
export function JetCreateTable(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, lPages?: number,
  lDensity?: number): JET_TABLEID {
  const fn = 'JetCreateTable';
  return native.JetCreateTable(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.string(fn, 'szTableName', szTableName), check.optionalUnsigned32(fn, 'lPages', lPages, 0),
    check.optionalUnsigned32(fn, 'lDensity', lDensity, 0)) as JET_TABLEID;
}

/**
 * Creates a table and its columns (and indexes) at once: all of them or, on an error, none. The
 * thrown EsentError is then a TableCreateError: its columnErrs / indexErrs hold each item's err.
 */
export function JetCreateTableColumnIndex(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE): TableCreateResult {
  const fn = 'JetCreateTableColumnIndex';
  return native.JetCreateTableColumnIndex(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    tableCreate(fn, tablecreate, 1)) as TableCreateResult;
}

/** JetCreateTableColumnIndex with JET_TABLECREATE2 (whose callback is not supported yet). */
export function JetCreateTableColumnIndex2(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE2): TableCreateResult {
  const fn = 'JetCreateTableColumnIndex2';
  return native.JetCreateTableColumnIndex2(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    tableCreate(fn, tablecreate, 2)) as TableCreateResult;
}

/**
 * JetCreateTableColumnIndex with JET_TABLECREATE3 (Windows 7 and later; an older esent.dll gives
 * JET_errFeatureNotAvailable -1001): space hints for the table, its long values and each index,
 * and cbSeparateLV. Its callback is not supported yet.
 */
export function JetCreateTableColumnIndex3(sesid: JET_SESID, dbid: JET_DBID, tablecreate: JET_TABLECREATE3): TableCreateResult {
  const fn = 'JetCreateTableColumnIndex3';
  return native.JetCreateTableColumnIndex3(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    tableCreate(fn, tablecreate, 3)) as TableCreateResult;
}

/**
 * Opens a cursor on a table (JET_errObjectNotFound -1305 if there is none). pvParameters is
 * reserved by ESENT: pass null. grbit: JET_bitTable* (DenyRead for an exclusive cursor, ReadOnly, ...).
 */
export function JetOpenTable(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, pvParameters?: null,
  grbit?: number): JET_TABLEID {
  const fn = 'JetOpenTable';
  return native.JetOpenTable(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.string(fn, 'szTableName', szTableName), requireNullish(fn, 'pvParameters', pvParameters),
    check.grbit(fn, grbit)) as JET_TABLEID;
}

/** Closes a cursor; the tableid is refused (JET_errInvalidTableId) from then on. */
export function JetCloseTable(sesid: JET_SESID, tableid: JET_TABLEID): void {
  const fn = 'JetCloseTable';
  native.JetCloseTable(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid));
}

/** Deletes a table that no cursor has open (JET_errTableInUse -1304 otherwise). */
export function JetDeleteTable(sesid: JET_SESID, dbid: JET_DBID, szTableName: string): void {
  const fn = 'JetDeleteTable';
  native.JetDeleteTable(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.string(fn, 'szTableName', szTableName));
}

export function JetRenameTable(sesid: JET_SESID, dbid: JET_DBID, szName: string, szNameNew: string): void {
  const fn = 'JetRenameTable';
  native.JetRenameTable(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid), check.string(fn, 'szName', szName),
    check.string(fn, 'szNameNew', szNameNew));
}

// ---------------------------------------------------------------- columns

/**
 * Adds a column and returns its id: fixed columns get 1-127, variable ones 128-255, tagged and
 * long-value ones 256 and up. pvDefault is the default value's bytes (null for none).
 */
export function JetAddColumn(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string, columndef: ColumnDefinition,
  pvDefault?: Uint8Array | null): JET_COLUMNID {
  const fn = 'JetAddColumn';
  return native.JetAddColumn(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid),
    check.string(fn, 'szColumnName', szColumnName), columnDefinition(fn, columndef),
    check.optionalBytes(fn, 'pvDefault', pvDefault)) as JET_COLUMNID;
}

export function JetDeleteColumn(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string): void {
  const fn = 'JetDeleteColumn';
  native.JetDeleteColumn(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid),
    check.string(fn, 'szColumnName', szColumnName));
}

/** JetDeleteColumn with options (JET_bitDeleteColumnIgnoreTemplateColumns). */
export function JetDeleteColumn2(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string, grbit?: number): void {
  const fn = 'JetDeleteColumn2';
  native.JetDeleteColumn2(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid),
    check.string(fn, 'szColumnName', szColumnName), check.grbit(fn, grbit));
}

export function JetRenameColumn(sesid: JET_SESID, tableid: JET_TABLEID, szName: string, szNameNew: string,
  grbit?: number): void {
  const fn = 'JetRenameColumn';
  native.JetRenameColumn(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid),
    check.string(fn, 'szName', szName), check.string(fn, 'szNameNew', szNameNew), check.grbit(fn, grbit));
}

/** Replaces a column's default value (its bytes, as JetSetColumn takes them). */
export function JetSetColumnDefaultValue(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, szColumnName: string,
  pvData: Uint8Array, grbit?: number): void {
  const fn = 'JetSetColumnDefaultValue';
  native.JetSetColumnDefaultValue(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.string(fn, 'szTableName', szTableName), check.string(fn, 'szColumnName', szColumnName),
    check.bytes(fn, 'pvData', pvData), check.grbit(fn, grbit));
}

// ---------------------------------------------------------------- information

type ColumnListLevel = typeof JET_ColInfoList | typeof JET_ColInfoListCompact | typeof JET_ColInfoListSortColumnid;

export function JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID, szColumnName: string,
  infoLevel?: typeof JET_ColInfo): JET_COLUMNDEF;
export function JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID | number,
  infoLevel?: typeof JET_ColInfoByColid): JET_COLUMNDEF;
export function JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID, column: string | JET_COLUMNID | number,
  infoLevel: typeof JET_ColInfoBase | typeof JET_ColInfoBaseByColid): JET_COLUMNBASE;
export function JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID, column: null | undefined,
  infoLevel: ColumnListLevel): ColumnListEntry[];
export function JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID,
  column: string | JET_COLUMNID | number | null | undefined, infoLevel?: number): ColumnInfo;
/**
 * Information about a column of the cursor's table. The column is a name (JET_ColInfo,
 * JET_ColInfoBase), a columnid (JET_ColInfoByColid, JET_ColInfoBaseByColid) or null (the
 * listings: JET_ColInfoList, JET_ColInfoListCompact, JET_ColInfoListSortColumnid, each of which
 * takes the JET_ColInfoGrbit* flags). Without infoLevel, a name asks JET_ColInfo and a columnid
 * JET_ColInfoByColid. Other levels are a RangeError.
 */
export function JetGetTableColumnInfo(sesid: JET_SESID, tableid: JET_TABLEID,
  column: string | JET_COLUMNID | number | null | undefined, infoLevel?: number): ColumnInfo {
  const fn = 'JetGetTableColumnInfo';
  const selector = columnSelector(fn, column);
  const level = infoLevel === undefined ? (typeof selector === 'number' ? colInfoByColid : colInfo)
    : check.uint32(fn, 'infoLevel', infoLevel);
  return native.JetGetTableColumnInfo(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid),
    selector, level);
}

export function JetGetColumnInfo(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, szColumnName: string,
  infoLevel?: typeof JET_ColInfo): JET_COLUMNDEF;
export function JetGetColumnInfo(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, columnid: JET_COLUMNID | number,
  infoLevel?: typeof JET_ColInfoByColid): JET_COLUMNDEF;
export function JetGetColumnInfo(sesid: JET_SESID, dbid: JET_DBID, szTableName: string,
  column: string | JET_COLUMNID | number, infoLevel: typeof JET_ColInfoBase | typeof JET_ColInfoBaseByColid): JET_COLUMNBASE;
export function JetGetColumnInfo(sesid: JET_SESID, dbid: JET_DBID, szTableName: string, column: null | undefined,
  infoLevel: ColumnListLevel): ColumnListEntry[];
export function JetGetColumnInfo(sesid: JET_SESID, dbid: JET_DBID, szTableName: string,
  column: string | JET_COLUMNID | number | null | undefined, infoLevel?: number): ColumnInfo;
/** JetGetTableColumnInfo for a table named in a database, without a cursor. */
export function JetGetColumnInfo(sesid: JET_SESID, dbid: JET_DBID, szTableName: string,
  column: string | JET_COLUMNID | number | null | undefined, infoLevel?: number): ColumnInfo {
  const fn = 'JetGetColumnInfo';
  const selector = columnSelector(fn, column);
  const level = infoLevel === undefined ? (typeof selector === 'number' ? colInfoByColid : colInfo)
    : check.uint32(fn, 'infoLevel', infoLevel);
  return native.JetGetColumnInfo(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.string(fn, 'szTableName', szTableName), selector, level);
}

export function JetGetTableInfo(sesid: JET_SESID, tableid: JET_TABLEID, infoLevel: typeof JET_TblInfo): JET_OBJECTINFO;
export function JetGetTableInfo(sesid: JET_SESID, tableid: JET_TABLEID,
  infoLevel: typeof JET_TblInfoName | typeof JET_TblInfoTemplateTableName): string;
export function JetGetTableInfo(sesid: JET_SESID, tableid: JET_TABLEID,
  infoLevel: typeof JET_TblInfoSpaceAlloc): [number, number];
export function JetGetTableInfo(sesid: JET_SESID, tableid: JET_TABLEID, infoLevel: number): TableInfo;
/**
 * Information about the cursor's table (see TableInfo): JET_TblInfo, JET_TblInfoName,
 * JET_TblInfoTemplateTableName, JET_TblInfoDbid, JET_TblInfoSpaceAlloc, JET_TblInfoSpaceOwned,
 * JET_TblInfoSpaceAvailable. Other levels are a RangeError.
 */
export function JetGetTableInfo(sesid: JET_SESID, tableid: JET_TABLEID, infoLevel: number): TableInfo {
  const fn = 'JetGetTableInfo';
  return native.JetGetTableInfo(check.handle(fn, 'sesid', sesid), check.handle(fn, 'tableid', tableid),
    check.uint32(fn, 'infoLevel', infoLevel));
}

export function JetGetObjectInfo(sesid: JET_SESID, dbid: JET_DBID, objtyp: number, szContainerName: string | null,
  szObjectName: string, infoLevel?: typeof JET_ObjInfo | typeof JET_ObjInfoNoStats): JET_OBJECTINFO;
export function JetGetObjectInfo(sesid: JET_SESID, dbid: JET_DBID, objtyp: number, szContainerName: string | null,
  szObjectName: string | null, infoLevel: typeof JET_ObjInfoList | typeof JET_ObjInfoListNoStats): ObjectListEntry[];
export function JetGetObjectInfo(sesid: JET_SESID, dbid: JET_DBID, objtyp: number, szContainerName: string | null,
  szObjectName: string | null, infoLevel?: number): ObjectInfo;
/**
 * Information about a database object (tables are ESENT's only objects, in the container
 * "Tables"; null names it too): JET_ObjInfo / JET_ObjInfoNoStats for one object, JET_ObjInfoList /
 * JET_ObjInfoListNoStats for all of them (szObjectName null). Other levels are a RangeError.
 */
export function JetGetObjectInfo(sesid: JET_SESID, dbid: JET_DBID, objtyp: number, szContainerName: string | null,
  szObjectName: string | null, infoLevel?: number): ObjectInfo {
  const fn = 'JetGetObjectInfo';
  return native.JetGetObjectInfo(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.uint32(fn, 'objtyp', objtyp), check.optionalString(fn, 'szContainerName', szContainerName),
    check.optionalString(fn, 'szObjectName', szObjectName),
    infoLevel === undefined ? 0 : check.uint32(fn, 'infoLevel', infoLevel));
}
