// A worker that calls the package's functions on request, so a test can script what another
// JavaScript thread does with a session. Messages in: { id, fn, args } to call esent[fn](...args),
// { id, op: 'exit' } to let the thread end normally (its event loop empties), { id, op: 'block', ms }
// to keep the thread busy. Replies: { id, ok: true, result } or { id, ok: false, error }.
// Handles are bigints, which postMessage clones as they are.
import { parentPort } from 'node:worker_threads';
import * as esent from '../../../dist/index.js';

function describeError(error) {
  return {
    isEsentError: error instanceof esent.EsentError,
    isError: error instanceof Error,
    constructorName: error?.constructor?.name,
    code: error?.code,
    errorName: error?.errorName,
    message: String(error?.message ?? error),
  };
}

parentPort.on('message', (message) => {
  const { id, op, fn, args = [] } = message;
  if (op === 'exit') {
    parentPort.postMessage({ id, ok: true });
    parentPort.close();
    return;
  }
  if (op === 'block') {
    const until = Date.now() + message.ms;
    while (Date.now() < until) {
      // busy on purpose: the thread is inside JavaScript when the test terminates it
    }
    parentPort.postMessage({ id, ok: true });
    return;
  }
  try {
    const result = esent[fn](...args);
    parentPort.postMessage({ id, ok: true, result });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: describeError(error) });
  }
});

parentPort.postMessage({ ready: true, exports: Object.keys(esent).length });
