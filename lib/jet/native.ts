/*
 * Loads the native addon once per JS thread (the addon is context-aware, so every worker gets
 * its own copy of its per-thread state) and hands it the EsentError class it throws.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { DatabaseInfo } from './database.js';
import type { RecordBinding } from './record.js';
import type { TableBinding } from './table.js';
import { EsentError } from './errors.js';

/** The addon's functions. Handles are the bigint ids the addon issues; see handles.ts. */
export interface NativeBinding extends TableBinding, RecordBinding {
  setErrorClass(errorClass: typeof EsentError): void;

  JetCreateInstance(name: string | null): bigint;
  JetCreateInstance2(name: string | null, displayName: string | null, grbit: number): bigint;
  JetInit(instance: bigint): number;
  JetInit2(instance: bigint, grbit: number): number;
  JetInit3(instance: bigint, rstInfo: null, grbit: number): number;
  JetTerm(instance: bigint): number;
  JetTerm2(instance: bigint, grbit: number): number;

  JetSetSystemParameter(instance: bigint | null, sesid: bigint | null, paramid: number,
    lParam: number | bigint, szParam: string | null): number;
  JetGetSystemParameter(instance: bigint | null, sesid: bigint | null, paramid: number,
    lParam: number | bigint): { lParam: number | bigint; szParam: string };

  JetBeginSession(instance: bigint, username: string | null, password: string | null): bigint;
  JetDupSession(sesid: bigint): bigint;
  JetEndSession(sesid: bigint, grbit: number): number;
  JetGetVersion(sesid: bigint): number;
  JetSetSessionContext(sesid: bigint, context: number | bigint): number;
  JetResetSessionContext(sesid: bigint): number;
  releaseSession(sesid: bigint): void;
  adoptSession(sesid: bigint): void;

  JetBeginTransaction(sesid: bigint): number;
  JetBeginTransaction2(sesid: bigint, grbit: number): number;
  JetCommitTransaction(sesid: bigint, grbit: number): number;
  JetRollback(sesid: bigint, grbit: number): number;

  JetCreateDatabase(sesid: bigint, filename: string, connect: string | null, grbit: number): number;
  JetCreateDatabase2(sesid: bigint, filename: string, cpgDatabaseSizeMax: number, grbit: number): number;
  JetAttachDatabase(sesid: bigint, filename: string, grbit: number): number;
  JetAttachDatabase2(sesid: bigint, filename: string, cpgDatabaseSizeMax: number, grbit: number): number;
  JetOpenDatabase(sesid: bigint, filename: string, connect: string | null, grbit: number): number;
  JetCloseDatabase(sesid: bigint, dbid: number, grbit: number): number;
  JetDetachDatabase(sesid: bigint, filename: string | null): number;
  JetDetachDatabase2(sesid: bigint, filename: string | null, grbit: number): number;
  JetGetDatabaseInfo(sesid: bigint, dbid: number, infoLevel: number): DatabaseInfo;
  JetGetDatabaseFileInfo(filename: string, infoLevel: number): DatabaseInfo;
}

// lib/jet/native.ts and dist/jet/native.js are both two folders below the package root.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function load(): NativeBinding {
  const require = createRequire(import.meta.url);
  const nodeGypBuild = require('node-gyp-build') as (dir: string) => unknown;
  let binding: NativeBinding;
  try {
    binding = nodeGypBuild(packageRoot) as NativeBinding;
  } catch (cause) {
    throw new Error(
      `esent: no native binary for ${process.platform}-${process.arch} (Node ${process.version}) ` +
        `was found in ${packageRoot} (neither build/Release nor prebuilds/). Build it from source ` +
        `with \`npm run build:native\` in that folder (needs Python 3, make and a C++17 compiler; ` +
        `on Windows, Visual Studio with the C++ workload), or install a release that ships a ` +
        `prebuild for this platform.`,
      { cause },
    );
  }
  binding.setErrorClass(EsentError);
  return binding;
}

export const native: NativeBinding = load();
