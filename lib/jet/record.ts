/*
 * Records: JetPrepareUpdate, JetSetColumn(s), JetUpdate, JetDelete, JetRetrieveColumn(s),
 * JetEnumerateColumns, JetGetRecordSize, JetEscrowUpdate, JetGetLock, JetMove, bookmarks and
 * JetDupCursor.
 */

/** The addon's record functions (see native.ts). */
export interface RecordBinding {
}
