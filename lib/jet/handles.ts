/*
 * Branded handle types. At run time a handle is a plain bigint (or number) that the native layer
 * issued; the brand only stops TypeScript from mixing kinds or passing a made-up value. The
 * native layer still refuses, at run time, any value it did not issue or that was ended.
 */

type Branded<Base, Name extends string> = Base & { readonly __brand: Name };

/** A JET instance: pointer-sized in C, a bigint here. Usable from every JS thread. */
export type JET_INSTANCE = Branded<bigint, 'JET_INSTANCE'>;
/** A JET session: belongs to the JS thread that began it (see releaseSession / adoptSession). */
export type JET_SESID = Branded<bigint, 'JET_SESID'>;
/** A JET cursor on a table. */
export type JET_TABLEID = Branded<bigint, 'JET_TABLEID'>;
/** A database opened by a session. */
export type JET_DBID = Branded<number, 'JET_DBID'>;
/** A column of a table. */
export type JET_COLUMNID = Branded<number, 'JET_COLUMNID'>;

const nil = 0xffffffffffffffffn;

/** esent.h's JET_instanceNil (~0). Never a live instance. */
export const JET_instanceNil = nil as JET_INSTANCE;
/** esent.h's JET_sesidNil (~0). Never a live session. */
export const JET_sesidNil = nil as JET_SESID;
/** esent.h's JET_tableidNil (~0). Never a live cursor. */
export const JET_tableidNil = nil as JET_TABLEID;
/** esent.h's JET_dbidNil (0xFFFFFFFF). */
export const JET_dbidNil = 0xffffffff as JET_DBID;
