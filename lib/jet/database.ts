/*
 * Databases. A database file is attached to an instance (JetCreateDatabase attaches and opens it,
 * JetAttachDatabase only attaches), then each session opens it for a JET_DBID. The dbid is the
 * engine's own small number for the attached file, so every session of the instance gets the same
 * value; an unknown one is refused by the engine with JET_errInvalidDatabaseId (-1010).
 */
import type { JET_DbInfoMisc } from './constants.js';
import type { JET_DBID, JET_SESID } from './handles.js';
import { native } from './native.js';
import * as check from './validate.js';

/** JET_LGPOS: a position in the log. */
export interface JET_LGPOS {
  ib: number;
  isec: number;
  lGeneration: number;
}

/** JET_LOGTIME: a broken-down time (bYear counts from 1900). */
export interface JET_LOGTIME {
  bSeconds: number;
  bMinutes: number;
  bHours: number;
  bDay: number;
  bMonth: number;
  bYear: number;
  bFiller1: number;
  bFiller2: number;
}

export interface JET_SIGNATURE {
  ulRandom: number;
  logtimeCreate: JET_LOGTIME;
  szComputerName: string;
}

export interface JET_BKINFO {
  lgposMark: JET_LGPOS;
  logtimeMark: JET_LOGTIME;
  genLow: number;
  genHigh: number;
}

/** JET_DBINFOMISC (JET_DbInfoMisc), with esent.h's field names and without cbStruct. */
export interface JET_DBINFOMISC {
  ulVersion: number;
  ulUpdate: number;
  signDb: JET_SIGNATURE;
  /** One of JET_dbstate*. */
  dbstate: number;
  lgposConsistent: JET_LGPOS;
  logtimeConsistent: JET_LOGTIME;
  logtimeAttach: JET_LOGTIME;
  lgposAttach: JET_LGPOS;
  logtimeDetach: JET_LOGTIME;
  lgposDetach: JET_LGPOS;
  signLog: JET_SIGNATURE;
  bkinfoFullPrev: JET_BKINFO;
  bkinfoIncPrev: JET_BKINFO;
  bkinfoFullCur: JET_BKINFO;
  fShadowingDisabled: number;
  fUpgradeDb: number;
  dwMajorVersion: number;
  dwMinorVersion: number;
  dwBuildNumber: number;
  lSPNumber: number;
  cbPageSize: number;
}

/**
 * What an info level returns: a string for JET_DbInfoFilename / JET_DbInfoConnect, a
 * JET_DBINFOMISC for JET_DbInfoMisc, a number for the others.
 */
export type DatabaseInfo = number | string | JET_DBINFOMISC;

function optionalCount(fn: string, arg: string, value: unknown): number {
  return value === undefined ? 0 : check.uint32(fn, arg, value);
}

/** Creates the file, attaches it and opens it for this session. */
export function JetCreateDatabase(sesid: JET_SESID, filename: string, connect?: string | null, grbit?: number): JET_DBID {
  const fn = 'JetCreateDatabase';
  return native.JetCreateDatabase(check.handle(fn, 'sesid', sesid), check.string(fn, 'filename', filename),
    check.optionalString(fn, 'connect', connect), check.grbit(fn, grbit)) as JET_DBID;
}

/** JetCreateDatabase with a size limit in pages (0: none). */
export function JetCreateDatabase2(sesid: JET_SESID, filename: string, cpgDatabaseSizeMax?: number, grbit?: number): JET_DBID {
  const fn = 'JetCreateDatabase2';
  return native.JetCreateDatabase2(check.handle(fn, 'sesid', sesid), check.string(fn, 'filename', filename),
    optionalCount(fn, 'cpgDatabaseSizeMax', cpgDatabaseSizeMax), check.grbit(fn, grbit)) as JET_DBID;
}

/** Attaches an existing file; returns the warning (JET_wrnDatabaseAttached, 1007) or 0. */
export function JetAttachDatabase(sesid: JET_SESID, filename: string, grbit?: number): number {
  const fn = 'JetAttachDatabase';
  return native.JetAttachDatabase(check.handle(fn, 'sesid', sesid), check.string(fn, 'filename', filename), check.grbit(fn, grbit));
}

/** JetAttachDatabase with a size limit in pages (0: none); returns the warning or 0. */
export function JetAttachDatabase2(sesid: JET_SESID, filename: string, cpgDatabaseSizeMax?: number, grbit?: number): number {
  const fn = 'JetAttachDatabase2';
  return native.JetAttachDatabase2(check.handle(fn, 'sesid', sesid), check.string(fn, 'filename', filename),
    optionalCount(fn, 'cpgDatabaseSizeMax', cpgDatabaseSizeMax), check.grbit(fn, grbit));
}

/** Opens an attached database for this session (JET_errDatabaseNotFound, -1203, if not attached). */
export function JetOpenDatabase(sesid: JET_SESID, filename: string, connect?: string | null, grbit?: number): JET_DBID {
  const fn = 'JetOpenDatabase';
  return native.JetOpenDatabase(check.handle(fn, 'sesid', sesid), check.string(fn, 'filename', filename),
    check.optionalString(fn, 'connect', connect), check.grbit(fn, grbit)) as JET_DBID;
}

/** Takes back one open of the database by this session. */
export function JetCloseDatabase(sesid: JET_SESID, dbid: JET_DBID, grbit?: number): void {
  const fn = 'JetCloseDatabase';
  native.JetCloseDatabase(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid), check.grbit(fn, grbit));
}

/** Detaches the file, or every attached database when filename is null. */
export function JetDetachDatabase(sesid: JET_SESID, filename: string | null): void {
  const fn = 'JetDetachDatabase';
  native.JetDetachDatabase(check.handle(fn, 'sesid', sesid), check.optionalString(fn, 'filename', filename));
}

/** JetDetachDatabase with options (JET_bitForceDetach). */
export function JetDetachDatabase2(sesid: JET_SESID, filename: string | null, grbit?: number): void {
  const fn = 'JetDetachDatabase2';
  native.JetDetachDatabase2(check.handle(fn, 'sesid', sesid), check.optionalString(fn, 'filename', filename),
    check.grbit(fn, grbit));
}

export function JetGetDatabaseInfo(sesid: JET_SESID, dbid: JET_DBID, infoLevel: typeof JET_DbInfoMisc): JET_DBINFOMISC;
export function JetGetDatabaseInfo(sesid: JET_SESID, dbid: JET_DBID, infoLevel: number): DatabaseInfo;
/** Information about an open database; the result's type depends on infoLevel (see DatabaseInfo). */
export function JetGetDatabaseInfo(sesid: JET_SESID, dbid: JET_DBID, infoLevel: number): DatabaseInfo {
  const fn = 'JetGetDatabaseInfo';
  return native.JetGetDatabaseInfo(check.handle(fn, 'sesid', sesid), check.dbid(fn, dbid),
    check.uint32(fn, 'infoLevel', infoLevel));
}

export function JetGetDatabaseFileInfo(filename: string, infoLevel: typeof JET_DbInfoMisc): JET_DBINFOMISC;
export function JetGetDatabaseFileInfo(filename: string, infoLevel: number): DatabaseInfo;
/**
 * Information about a database file, attached or not (no instance needed). JET_DbInfoFilesize is
 * the file's size in bytes here, its size in pages from JetGetDatabaseInfo.
 */
export function JetGetDatabaseFileInfo(filename: string, infoLevel: number): DatabaseInfo {
  const fn = 'JetGetDatabaseFileInfo';
  return native.JetGetDatabaseFileInfo(check.string(fn, 'filename', filename), check.uint32(fn, 'infoLevel', infoLevel));
}
