/*
 * Tables and columns: JetCreateTable and friends, JetAddColumn and friends, and the table, column
 * and object information levels.
 */

/** The addon's table and column functions (see native.ts). */
export interface TableBinding {
}
