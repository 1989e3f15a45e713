/* The low-level API: one function per JET function, esent.h's names, constants and errors. */
export * from './handles.js';
export * from './constants.js';
export * from './errors.generated.js';
export { EsentError } from './errors.js';
export * from './instance.js';
export * from './sysparam.js';
export * from './session.js';
export * from './transaction.js';
export * from './database.js';
export * from './table.js';
export * from './record.js';
