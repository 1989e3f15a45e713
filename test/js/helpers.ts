// Shared fixtures for the vitest suites: the public entry point, a fresh directory per test, instances
// with their paths set, and cleanup that runs even when a test fails.
//
// Everything here must hold on real esent.dll too, so paths are absolute and end with the platform's
// separator (ESENT's folder parameters are folders only when they end with one).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import * as esent from '../../dist/index.js';
import type { JET_INSTANCE, JET_SESID } from '../../dist/index.js';

export { esent };
export type { JET_INSTANCE, JET_SESID };

/** ~0 for a pointer-sized value (JET_sesidNil, the reserved session context), on this process's arch. */
export const ALL_ONES_PTR: bigint = process.arch === 'ia32' || process.arch === 'arm' ? 0xffff_ffffn : 0xffff_ffff_ffff_ffffn;

let nameCounter = 0;

/** An instance name no other test in this process (or a concurrent one) uses. */
export function uniqueName(label = 'inst'): string {
  nameCounter += 1;
  return `${label}-${process.pid}-${nameCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A directory path as ESENT's folder parameters want it: absolute, with a trailing separator. */
export function asFolder(dir: string): string {
  return dir.endsWith(sep) ? dir : dir + sep;
}

/** Compares two paths as the file system does (Windows: case-insensitive), ignoring a trailing separator. */
export function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    const trimmed = p.replace(/[\\/]+$/, '');
    return process.platform === 'win32' ? trimmed.toLowerCase().replace(/\//g, '\\') : trimmed;
  };
  return norm(a) === norm(b);
}

/** Runs fn and returns what it threw (or fails the test when it did not throw). */
export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  expect.fail('expected the call to throw');
}

/** Asserts that fn throws an EsentError with exactly this JET_err code; returns the error. */
export function expectJetError(fn: () => unknown, code: number): esent.EsentError {
  const error = caught(fn);
  expect(error).toBeInstanceOf(esent.EsentError);
  const jetError = error as esent.EsentError;
  expect(jetError.code, `got ${jetError.errorName} (${jetError.code}): ${jetError.message}`).toBe(code);
  return jetError;
}

/** Paths of one test's private directory. */
export interface TestPaths {
  root: string;
  system: string;
  logs: string;
  temp: string;
}

export function makeTestPaths(): TestPaths {
  const root = mkdtempSync(join(tmpdir(), 'esent-test-'));
  const paths = { root, system: join(root, 'system'), logs: join(root, 'logs'), temp: join(root, 'temp') };
  mkdirSync(paths.system);
  mkdirSync(paths.logs);
  mkdirSync(paths.temp);
  return paths;
}

/** Sets the three paths ESENT needs on an instance that is not initialised yet. */
export function setInstancePaths(instance: JET_INSTANCE, paths: Pick<TestPaths, 'system' | 'logs' | 'temp'>): void {
  esent.JetSetSystemParameter(instance, null, esent.JET_paramSystemPath, 0, asFolder(paths.system));
  esent.JetSetSystemParameter(instance, null, esent.JET_paramLogFilePath, 0, asFolder(paths.logs));
  esent.JetSetSystemParameter(instance, null, esent.JET_paramTempPath, 0, asFolder(paths.temp));
  // Keeps the Windows event log quiet; has no other effect on behaviour.
  esent.JetSetSystemParameter(instance, null, esent.JET_paramNoInformationEvent, 1);
}

/** Everything one test created, torn down in afterEach whatever the test did. */
export class TestEnv {
  paths!: TestPaths;
  private readonly instances: JET_INSTANCE[] = [];
  private readonly cleanups: Array<() => unknown> = [];

  /** A created (not initialised) instance with a unique name, tracked for cleanup. */
  createInstance(name: string = uniqueName()): JET_INSTANCE {
    const instance = esent.JetCreateInstance(name);
    this.track(instance);
    return instance;
  }

  /** A created instance with this test's paths set, not yet initialised. */
  configuredInstance(paths: Pick<TestPaths, 'system' | 'logs' | 'temp'> = this.paths, name?: string): JET_INSTANCE {
    const instance = this.createInstance(name);
    setInstancePaths(instance, paths);
    return instance;
  }

  /** An initialised instance with this test's paths. */
  initInstance(configure?: (instance: JET_INSTANCE) => void): JET_INSTANCE {
    const instance = this.configuredInstance();
    configure?.(instance);
    esent.JetInit(instance);
    return instance;
  }

  /** An initialised instance and a session on it. */
  session(): { instance: JET_INSTANCE; sesid: JET_SESID } {
    const instance = this.initInstance();
    const sesid = esent.JetBeginSession(instance, '', '');
    return { instance, sesid };
  }

  /** A second set of paths (for a second instance in the same test). */
  morePaths(label: string): TestPaths {
    const base = join(this.paths.root, label);
    const paths = { root: base, system: join(base, 'system'), logs: join(base, 'logs'), temp: join(base, 'temp') };
    mkdirSync(paths.system, { recursive: true });
    mkdirSync(paths.logs, { recursive: true });
    mkdirSync(paths.temp, { recursive: true });
    return paths;
  }

  track(instance: JET_INSTANCE): void {
    this.instances.push(instance);
  }

  /** Runs fn (sync or async) during cleanup, before the instances are terminated. */
  defer(fn: () => unknown): void {
    this.cleanups.push(fn);
  }

  async setUp(): Promise<void> {
    this.paths = makeTestPaths();
  }

  async tearDown(): Promise<void> {
    for (const fn of this.cleanups.reverse()) {
      try {
        await fn();
      } catch {
        // cleanup must go on; the test itself reports what went wrong
      }
    }
    for (const instance of this.instances.reverse()) terminateQuietly(instance);
    rmSync(this.paths.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

/** JetTerm, falling back to a dirty termination; an instance already gone is fine. */
export function terminateQuietly(instance: JET_INSTANCE): void {
  try {
    esent.JetTerm(instance);
    return;
  } catch {
    // open transactions (-1059) or an instance already terminated
  }
  try {
    esent.JetTerm2(instance, esent.JET_bitTermDirty);
  } catch {
    // already terminated or freed by a failed JetInit
  }
}

/** Registers beforeEach/afterEach for a describe block and returns its per-test environment. */
export function useTestEnv(): TestEnv {
  const env = new TestEnv();
  beforeEach(async () => {
    await env.setUp();
  });
  afterEach(async () => {
    await env.tearDown();
  });
  return env;
}
