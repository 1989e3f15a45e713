// The test side of workers/rpc-worker.mjs: a worker thread that runs esent calls on request.
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const workerFile = fileURLToPath(new URL('./workers/rpc-worker.mjs', import.meta.url));

export interface RemoteError {
  isEsentError: boolean;
  isError: boolean;
  constructorName: string | undefined;
  code: number | undefined;
  errorName: string | undefined;
  message: string;
}

export type RemoteResult = { ok: true; result?: unknown } | { ok: false; error: RemoteError };

export class RpcWorker {
  readonly worker: Worker;
  readonly exited: Promise<number>;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: RemoteResult) => void>();

  private constructor(worker: Worker) {
    this.worker = worker;
    this.exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.on('message', (message: { id?: number } & RemoteResult) => {
      if (message.id === undefined) return;
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message);
    });
  }

  /** Starts a worker and waits until it has loaded the addon. */
  static async start(): Promise<RpcWorker> {
    const worker = new Worker(workerFile);
    const errored = once(worker, 'error').then(([error]) => {
      throw error;
    });
    const ready = new Promise<void>((resolve) => {
      const onMessage = (message: { ready?: boolean }) => {
        if (message.ready) {
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
    });
    await Promise.race([ready, errored]);
    return new RpcWorker(worker);
  }

  private send(message: Record<string, unknown>): Promise<RemoteResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, resolve);
      this.exited.then(() => {
        if (this.pending.delete(id)) reject(new Error('worker exited before replying'));
      });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Calls esent[fn](...args) in the worker and reports the outcome without throwing. */
  call(fn: string, ...args: unknown[]): Promise<RemoteResult> {
    return this.send({ fn, args });
  }

  /** Calls esent[fn](...args) in the worker; rejects with the remote error's message if it threw. */
  async ok<T = unknown>(fn: string, ...args: unknown[]): Promise<T> {
    const reply = await this.call(fn, ...args);
    if (!reply.ok) throw new Error(`${fn} failed in the worker: ${reply.error.errorName ?? ''} ${reply.error.message}`);
    return reply.result as T;
  }

  /** Calls esent[fn](...args) in the worker, which must throw; returns the remote error. */
  async fails(fn: string, ...args: unknown[]): Promise<RemoteError> {
    const reply = await this.call(fn, ...args);
    if (reply.ok) throw new Error(`${fn} was expected to throw in the worker but succeeded`);
    return reply.error;
  }

  /** Lets the worker's thread end normally and waits for it. */
  async exitNormally(): Promise<number> {
    await this.send({ op: 'exit' });
    return this.exited;
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
    await this.exited;
  }
}
