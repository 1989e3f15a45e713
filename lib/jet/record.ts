/*
 * Records: JetPrepareUpdate, JetSetColumn(s), JetUpdate, JetDelete, JetRetrieveColumn(s),
 * JetEnumerateColumns, JetGetRecordSize, JetEscrowUpdate, JetGetLock, JetMove, bookmarks and
 * JetDupCursor.
 *
 * Column data are ESENT's own bytes: a Uint8Array (or Buffer) in, a Buffer out; numbers are
 * little-endian, Unicode text (cp 1200) is UTF-16LE, ASCII text (cp 1252) one byte per character.
 * A NULL value is `null`. Retrieval always returns the whole value: JET_wrnBufferTruncated is
 * handled inside the binding, which reads a long value again into a buffer of its size.
 *
 * An omitted itagSequence is 1 (the first value), as when C passes no JET_SETINFO / JET_RETINFO.
 */
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

/** Where in a column to set: JET_SETINFO without cbStruct. */
export interface JET_SETINFO {
  /** Offset into a long value (with JET_bitSetOverwriteLV or alone). */
  ibLongValue?: number;
  /** Which value of a multi-valued column, from 1; 0 adds a new value. Default 1. */
  itagSequence?: number;
}

/** Where in a column to read: JET_RETINFO's inputs, without cbStruct. */
export interface JET_RETINFO {
  /** Offset into a long value: the value is returned from this byte on. */
  ibLongValue?: number;
  /** Which value of a multi-valued column, from 1. Default 1. */
  itagSequence?: number;
}

/** One column to set with JetSetColumns: JET_SETCOLUMN without its output field err. */
export interface JET_SETCOLUMN {
  columnid: JET_COLUMNID;
  /** The value, or null for NULL (or with JET_bitSetSizeLV, where cbData gives the size). */
  pvData: Uint8Array | null;
  /** Defaults to pvData's length; with pvData null, the size JET_bitSetSizeLV sets. */
  cbData?: number;
  grbit?: number;
  ibLongValue?: number;
  itagSequence?: number;
}

/** One column to read with JetRetrieveColumns: JET_RETRIEVECOLUMN's inputs. */
export interface JET_RETRIEVECOLUMN {
  columnid: JET_COLUMNID;
  grbit?: number;
  ibLongValue?: number;
  /** Which value, from 1 (default 1). 0 asks ESENT for the number of values, in itagSequence. */
  itagSequence?: number;
}

/** What JetRetrieveColumns gives back for one JET_RETRIEVECOLUMN. */
export interface JET_RETRIEVECOLUMN_RESULT {
  columnid: JET_COLUMNID;
  /** The whole value, or null when it is NULL (err JET_wrnColumnNull). */
  data: Buffer | null;
  /** JET_RETRIEVECOLUMN.err: 0 or a warning (JET_wrnColumnNull, ...). */
  err: number;
  itagSequence: number;
  columnidNextTagged: JET_COLUMNID;
}

/** A column (and optionally which of its values) for JetEnumerateColumns. */
export interface JET_ENUMCOLUMNID {
  columnid: JET_COLUMNID;
  /** The itagSequences to return; all of the column's values when omitted. */
  rgtagSequence?: readonly number[] | null;
}

export interface JET_ENUMCOLUMNVALUE {
  itagSequence: number;
  /** 0, or JET_wrnColumnNull, JET_wrnColumnSkipped, JET_wrnColumnTruncated. */
  err: number;
  data: Buffer | null;
}

/**
 * One column of JetEnumerateColumns' result. `values` holds its values (empty when err is a
 * warning without data, such as JET_wrnColumnNull or JET_wrnColumnPresent, or an error such as
 * JET_errColumnNotFound). With JET_bitEnumerateCompressOutput a column with a single value has
 * err JET_wrnColumnSingleValue and that value in values[0].
 */
export interface JET_ENUMCOLUMN {
  columnid: JET_COLUMNID;
  err: number;
  values: JET_ENUMCOLUMNVALUE[];
}

/** JET_RECSIZE: the space a record uses. */
export interface JET_RECSIZE {
  cbData: number;
  cbLongValueData: number;
  cbOverhead: number;
  cbLongValueOverhead: number;
  cNonTaggedColumns: number;
  cTaggedColumns: number;
  cLongValues: number;
  cMultiValues: number;
}

/** The addon's record functions (see native.ts). Arguments arrive checked and normalised. */
export interface RecordBinding {
  JetPrepareUpdate(sesid: bigint, tableid: bigint, prep: number): number;
  JetSetColumn(sesid: bigint, tableid: bigint, columnid: number, data: Uint8Array | number | null, grbit: number,
    setinfo: { ibLongValue: number; itagSequence: number } | null): number;
  JetSetColumns(sesid: bigint, tableid: bigint, setcolumns: Array<{ columnid: number; pvData: Uint8Array | null;
    cbData: number | undefined; grbit: number; ibLongValue: number; itagSequence: number }>): number[];
  JetUpdate(sesid: bigint, tableid: bigint): Buffer;
  JetUpdate2(sesid: bigint, tableid: bigint, grbit: number): Buffer;
  JetDelete(sesid: bigint, tableid: bigint): number;
  JetRetrieveColumn(sesid: bigint, tableid: bigint, columnid: number, grbit: number,
    retinfo: { ibLongValue: number; itagSequence: number } | null): Buffer | null;
  JetRetrieveColumns(sesid: bigint, tableid: bigint, retrievecolumns: Array<{ columnid: number; grbit: number;
    ibLongValue: number; itagSequence: number }>): JET_RETRIEVECOLUMN_RESULT[];
  JetEnumerateColumns(sesid: bigint, tableid: bigint,
    enumcolumnids: Array<{ columnid: number; rgtagSequence: number[] | null }> | null, cbDataMost: number,
    grbit: number): JET_ENUMCOLUMN[];
  JetGetRecordSize(sesid: bigint, tableid: bigint, grbit: number): JET_RECSIZE;
  JetEscrowUpdate(sesid: bigint, tableid: bigint, columnid: number, delta: Uint8Array | number | bigint,
    grbit: number): Buffer;
  JetGetLock(sesid: bigint, tableid: bigint, grbit: number): number;
  JetMove(sesid: bigint, tableid: bigint, cRow: number, grbit: number): number;
  JetGetBookmark(sesid: bigint, tableid: bigint): Buffer;
  JetGotoBookmark(sesid: bigint, tableid: bigint, bookmark: Uint8Array): number;
  JetDupCursor(sesid: bigint, tableid: bigint, grbit: number): bigint;
}

// ---------------------------------------------------------------- argument checks

function sesidOf(fn: string, sesid: unknown): bigint {
  return check.handle(fn, 'sesid', sesid);
}

function tableidOf(fn: string, tableid: unknown): bigint {
  return check.handle(fn, 'tableid', tableid);
}

function columnidOf(fn: string, arg: string, value: unknown): number {
  return check.unsigned32(fn, arg, value);
}

function position(fn: string, arg: string, value: unknown): { ibLongValue: number; itagSequence: number } | null {
  if (value === null || value === undefined) return null;
  const fields = check.object(fn, arg, value);
  return {
    ibLongValue: check.optionalUnsigned32(fn, `${arg}.ibLongValue`, fields.ibLongValue, 0),
    itagSequence: check.optionalUnsigned32(fn, `${arg}.itagSequence`, fields.itagSequence, 1),
  };
}

/** JetSetColumn's data: bytes, null for NULL, or a size for JET_bitSetSizeLV. */
function columnData(fn: string, value: unknown): Uint8Array | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return check.unsigned32(fn, 'data', value);
  return check.bytes(fn, 'data', value);
}

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

/** JetMove's cRow: a signed 32-bit count; JET_MoveFirst also as esent.h writes it (0x80000000). */
function moveRows(fn: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: cRow must be a number, got ${typeof value}`);
  if (value === 0x80000000) return INT32_MIN;
  if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
    throw new RangeError(`${fn}: cRow must be a 32-bit signed integer or JET_MoveFirst, got ${value}`);
  }
  return value;
}

function escrowDelta(fn: string, value: unknown): Uint8Array | number | bigint {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
      throw new RangeError(`${fn}: delta must be a 32-bit signed integer (a bigint for a 64-bit column), got ${value}`);
    }
    return value;
  }
  if (typeof value === 'bigint') {
    if (value < -(2n ** 63n) || value >= 2n ** 63n) throw new RangeError(`${fn}: delta must fit in a signed 64-bit integer`);
    return value;
  }
  return check.bytes(fn, 'delta', value);
}

// ---------------------------------------------------------------- updates

/**
 * Starts (JET_prepInsert, JET_prepReplace, JET_prepReplaceNoLock, JET_prepInsertCopy, ...) or
 * cancels (JET_prepCancel) an update of the cursor's record. Inside a transaction,
 * JET_prepReplace locks the record at once (JET_errWriteConflict, -1102, when another session
 * holds it or changed it after this transaction began).
 */
export function JetPrepareUpdate(sesid: JET_SESID, tableid: JET_TABLEID, prep: number): void {
  const fn = 'JetPrepareUpdate';
  native.JetPrepareUpdate(sesidOf(fn, sesid), tableidOf(fn, tableid), check.unsigned32(fn, 'prep', prep));
}

/**
 * Sets a column of the prepared update. `data` is the value's bytes, or null for NULL (use
 * JET_bitSetZeroLength for an empty value); with JET_bitSetSizeLV, a number gives the new size.
 * Returns the engine's warning, or 0.
 */
export function JetSetColumn(
  sesid: JET_SESID,
  tableid: JET_TABLEID,
  columnid: JET_COLUMNID,
  data: Uint8Array | number | null,
  grbit?: number,
  setinfo?: JET_SETINFO | null,
): number {
  const fn = 'JetSetColumn';
  return native.JetSetColumn(sesidOf(fn, sesid), tableidOf(fn, tableid), columnidOf(fn, 'columnid', columnid),
    columnData(fn, data), check.grbit(fn, grbit), position(fn, 'setinfo', setinfo));
}

/** Sets several columns in one call; returns each one's JET_SETCOLUMN.err (0 or a warning). */
export function JetSetColumns(sesid: JET_SESID, tableid: JET_TABLEID, setcolumns: readonly JET_SETCOLUMN[]): number[] {
  const fn = 'JetSetColumns';
  const columns = check.array(fn, 'setcolumns', setcolumns).map((value, i) => {
    const arg = `setcolumns[${i}]`;
    const fields = check.object(fn, arg, value);
    const pvData = check.optionalBytes(fn, `${arg}.pvData`, fields.pvData);
    const cbData = fields.cbData === undefined ? undefined : check.unsigned32(fn, `${arg}.cbData`, fields.cbData);
    if (pvData !== null && cbData !== undefined && cbData > pvData.length) {
      throw new RangeError(`${fn}: ${arg}.cbData is larger than pvData`);
    }
    return {
      columnid: columnidOf(fn, `${arg}.columnid`, fields.columnid),
      pvData,
      cbData,
      grbit: check.optionalGrbit(fn, `${arg}.grbit`, fields.grbit),
      ibLongValue: check.optionalUnsigned32(fn, `${arg}.ibLongValue`, fields.ibLongValue, 0),
      itagSequence: check.optionalUnsigned32(fn, `${arg}.itagSequence`, fields.itagSequence, 1),
    };
  });
  return native.JetSetColumns(sesidOf(fn, sesid), tableidOf(fn, tableid), columns);
}

/** Saves the prepared update; returns the record's bookmark (see JetGotoBookmark). */
export function JetUpdate(sesid: JET_SESID, tableid: JET_TABLEID): Buffer {
  const fn = 'JetUpdate';
  return native.JetUpdate(sesidOf(fn, sesid), tableidOf(fn, tableid));
}

/** JetUpdate with options (JET_bitUpdateCheckESE97Compatibility); returns the bookmark. */
export function JetUpdate2(sesid: JET_SESID, tableid: JET_TABLEID, grbit?: number): Buffer {
  const fn = 'JetUpdate2';
  return native.JetUpdate2(sesidOf(fn, sesid), tableidOf(fn, tableid), check.grbit(fn, grbit));
}

/** Deletes the cursor's record; the cursor stays between its neighbours. */
export function JetDelete(sesid: JET_SESID, tableid: JET_TABLEID): void {
  const fn = 'JetDelete';
  native.JetDelete(sesidOf(fn, sesid), tableidOf(fn, tableid));
}

// ---------------------------------------------------------------- retrieval

/**
 * The value of a column of the cursor's record (or of the prepared update with
 * JET_bitRetrieveCopy): the whole value as a Buffer, from retinfo.ibLongValue on; null when NULL.
 */
export function JetRetrieveColumn(
  sesid: JET_SESID,
  tableid: JET_TABLEID,
  columnid: JET_COLUMNID,
  grbit?: number,
  retinfo?: JET_RETINFO | null,
): Buffer | null {
  const fn = 'JetRetrieveColumn';
  return native.JetRetrieveColumn(sesidOf(fn, sesid), tableidOf(fn, tableid), columnidOf(fn, 'columnid', columnid),
    check.grbit(fn, grbit), position(fn, 'retinfo', retinfo));
}

/** Reads several columns in one call; each result carries its whole value (or null) and its err. */
export function JetRetrieveColumns(
  sesid: JET_SESID,
  tableid: JET_TABLEID,
  retrievecolumns: readonly JET_RETRIEVECOLUMN[],
): JET_RETRIEVECOLUMN_RESULT[] {
  const fn = 'JetRetrieveColumns';
  const columns = check.array(fn, 'retrievecolumns', retrievecolumns).map((value, i) => {
    const arg = `retrievecolumns[${i}]`;
    const fields = check.object(fn, arg, value);
    return {
      columnid: columnidOf(fn, `${arg}.columnid`, fields.columnid),
      grbit: check.optionalGrbit(fn, `${arg}.grbit`, fields.grbit),
      ibLongValue: check.optionalUnsigned32(fn, `${arg}.ibLongValue`, fields.ibLongValue, 0),
      itagSequence: check.optionalUnsigned32(fn, `${arg}.itagSequence`, fields.itagSequence, 1),
    };
  });
  return native.JetRetrieveColumns(sesidOf(fn, sesid), tableidOf(fn, tableid), columns);
}

/**
 * Every value of the record's columns (or of those in `enumcolumnids`), in C's argument order:
 * `cbDataMost` caps each long value stored outside the record to that many bytes (0: none of
 * it; a cut value has JET_wrnColumnTruncated; left out: no cap, every value whole), values kept
 * in the record come back whole;
 * `grbit` takes JET_bitEnumerate* options. The engine's allocations are freed inside the binding.
 */
export function JetEnumerateColumns(
  sesid: JET_SESID,
  tableid: JET_TABLEID,
  enumcolumnids?: readonly JET_ENUMCOLUMNID[] | null,
  cbDataMost?: number,
  grbit?: number,
): JET_ENUMCOLUMN[] {
  const fn = 'JetEnumerateColumns';
  const ids = enumcolumnids === null || enumcolumnids === undefined ? null
    : check.array(fn, 'enumcolumnids', enumcolumnids).map((value, i) => {
      const arg = `enumcolumnids[${i}]`;
      const fields = check.object(fn, arg, value);
      const tags = fields.rgtagSequence;
      return {
        columnid: columnidOf(fn, `${arg}.columnid`, fields.columnid),
        rgtagSequence: tags === null || tags === undefined ? null
          : check.array(fn, `${arg}.rgtagSequence`, tags).map((tag, k) => check.unsigned32(fn, `${arg}.rgtagSequence[${k}]`, tag)),
      };
    });
  return native.JetEnumerateColumns(sesidOf(fn, sesid), tableidOf(fn, tableid), ids,
    check.optionalUnsigned32(fn, 'cbDataMost', cbDataMost, 0x7fffffff), check.grbit(fn, grbit));
}

/** The space the cursor's record (or with JET_bitRecordSizeInCopyBuffer, the prepared update) uses. */
export function JetGetRecordSize(sesid: JET_SESID, tableid: JET_TABLEID, grbit?: number): JET_RECSIZE {
  const fn = 'JetGetRecordSize';
  return native.JetGetRecordSize(sesidOf(fn, sesid), tableidOf(fn, tableid), check.grbit(fn, grbit));
}

// ---------------------------------------------------------------- escrow and locks

/**
 * Adds `delta` to an escrow column of the cursor's record, without a write lock: deltas from
 * several sessions commute. `delta` is the column's bytes (4 for Long, 8 for LongLong), or a
 * number (a 32-bit delta) or a bigint (a 64-bit delta). Returns the value before the change,
 * as this session's snapshot sees it, in the column's little-endian bytes.
 */
export function JetEscrowUpdate(
  sesid: JET_SESID,
  tableid: JET_TABLEID,
  columnid: JET_COLUMNID,
  delta: Uint8Array | number | bigint,
  grbit?: number,
): Buffer {
  const fn = 'JetEscrowUpdate';
  return native.JetEscrowUpdate(sesidOf(fn, sesid), tableidOf(fn, tableid), columnidOf(fn, 'columnid', columnid),
    escrowDelta(fn, delta), check.grbit(fn, grbit));
}

/** Locks the cursor's record (JET_bitReadLock or JET_bitWriteLock) until the transaction ends. */
export function JetGetLock(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): void {
  const fn = 'JetGetLock';
  native.JetGetLock(sesidOf(fn, sesid), tableidOf(fn, tableid), check.uint32(fn, 'grbit', grbit));
}

// ---------------------------------------------------------------- navigation

/**
 * Moves the cursor: JET_MoveFirst, JET_MoveLast, JET_MoveNext, JET_MovePrevious or a signed
 * count of records. Past either end: JET_errNoCurrentRecord (-1603).
 */
export function JetMove(sesid: JET_SESID, tableid: JET_TABLEID, cRow: number, grbit?: number): void {
  const fn = 'JetMove';
  native.JetMove(sesidOf(fn, sesid), tableidOf(fn, tableid), moveRows(fn, cRow), check.grbit(fn, grbit));
}

/** The bookmark of the cursor's record. */
export function JetGetBookmark(sesid: JET_SESID, tableid: JET_TABLEID): Buffer {
  const fn = 'JetGetBookmark';
  return native.JetGetBookmark(sesidOf(fn, sesid), tableidOf(fn, tableid));
}

/** Positions the cursor on the record with this bookmark (JET_errRecordNotFound, -1601, if none). */
export function JetGotoBookmark(sesid: JET_SESID, tableid: JET_TABLEID, bookmark: Uint8Array): void {
  const fn = 'JetGotoBookmark';
  native.JetGotoBookmark(sesidOf(fn, sesid), tableidOf(fn, tableid), check.bytes(fn, 'bookmark', bookmark));
}

/** A second cursor on the same table for the same session, positioned on the first record. */
export function JetDupCursor(sesid: JET_SESID, tableid: JET_TABLEID, grbit?: number): JET_TABLEID {
  const fn = 'JetDupCursor';
  return native.JetDupCursor(sesidOf(fn, sesid), tableidOf(fn, tableid), check.grbit(fn, grbit)) as JET_TABLEID;
}
