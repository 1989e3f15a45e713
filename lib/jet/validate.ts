/*
 * Argument checks of the JS layer: wrong types throw TypeError, out-of-range numbers RangeError,
 * naming the function and the argument. The addon checks the same again (it must never crash on
 * any value), and alone decides whether a handle is live and whose it is.
 */

function fail(fn: string, arg: string, problem: string, Kind: typeof TypeError = TypeError): never {
  throw new Kind(`${fn}: ${arg} ${problem}`);
}

export function handle<T extends bigint>(fn: string, arg: string, value: unknown): T {
  if (typeof value !== 'bigint') fail(fn, arg, `must be a bigint handle, got ${describe(value)}`);
  return value as T;
}

export function optionalHandle<T extends bigint>(fn: string, arg: string, value: unknown): T | null {
  return value === null || value === undefined ? null : handle<T>(fn, arg, value);
}

export function string(fn: string, arg: string, value: unknown): string {
  if (typeof value !== 'string') fail(fn, arg, `must be a string, got ${describe(value)}`);
  return value;
}

export function optionalString(fn: string, arg: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') fail(fn, arg, `must be a string, got ${describe(value)}`);
  return value;
}

/** A 32-bit unsigned value (grbit, paramid); negative int32s, as `a | b` can give, are allowed. */
export function uint32(fn: string, arg: string, value: unknown): number {
  if (typeof value !== 'number') fail(fn, arg, `must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
    fail(fn, arg, `must be an integer that fits in 32 bits, got ${value}`, RangeError);
  }
  return value;
}

/** A count, size, offset or id: an integer from 0 to 2^32-1 (a negative one is a RangeError). */
export function unsigned32(fn: string, arg: string, value: unknown): number {
  if (typeof value !== 'number') fail(fn, arg, `must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    fail(fn, arg, `must be an integer from 0 to 4294967295, got ${value}`, RangeError);
  }
  return value;
}

/** Column data and other raw bytes: a Uint8Array (a Buffer is one). */
export function bytes(fn: string, arg: string, value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) fail(fn, arg, `must be a Uint8Array or Buffer, got ${describe(value)}`);
  return value;
}

export function optionalBytes(fn: string, arg: string, value: unknown): Uint8Array | null {
  return value === null || value === undefined ? null : bytes(fn, arg, value);
}

export function grbit(fn: string, value: unknown): number {
  return value === undefined ? 0 : uint32(fn, 'grbit', value);
}

/** A grbit argument or struct field named `arg`; undefined is 0. */
export function optionalGrbit(fn: string, arg: string, value: unknown): number {
  return value === undefined ? 0 : uint32(fn, arg, value);
}

/** An unsigned 32-bit argument or field; undefined is `fallback`. */
export function optionalUnsigned32(fn: string, arg: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : unsigned32(fn, arg, value);
}

/** A JET_DBID: the engine's number, checked only as 32 bits (the engine refuses an unknown one). */
export function dbid(fn: string, value: unknown): number {
  return uint32(fn, 'dbid', value);
}

/** A struct argument: a plain object (not an array, not a byte array). */
export function object(fn: string, arg: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) {
    fail(fn, arg, `must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

export function array(fn: string, arg: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) fail(fn, arg, 'must be an array');
  return value;
}

/** A pointer-sized integer (lParam, session context): a safe-integer number or a bigint. */
export function apiPtr(fn: string, arg: string, value: unknown): number | bigint {
  if (typeof value === 'bigint') {
    if (value < -(2n ** 63n) || value >= 2n ** 64n) fail(fn, arg, 'must fit in 64 bits', RangeError);
    return value;
  }
  if (typeof value !== 'number') fail(fn, arg, `must be a number or a bigint, got ${describe(value)}`);
  if (!Number.isSafeInteger(value)) {
    fail(fn, arg, `must be a safe integer (use a bigint for more), got ${value}`, RangeError);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value;
}
