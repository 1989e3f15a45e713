// The README's example runs as a user would run it: in its own process, importing 'esent'.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('examples/basic.mjs runs and reports each step', () => {
  const result = spawnSync(process.execPath, ['examples/basic.mjs'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^instance initialised in /);
  expect(lines[1]).toBe('table "people" created');
  expect(lines[2]).toBe('3 records inserted and committed');
  // The rolled-back fourth record is not there; the others read back in insertion order.
  expect(lines[3]).toBe('read back: 1:Ada, 2:Grace, 3:Edsger');
  expect(lines[4]).toMatch(/^caught JET_errNotInTransaction \(-1054\): .*JET_errNotInTransaction/);
  expect(lines[5]).toBe('session ended, instance terminated');
  expect(lines).toHaveLength(6);
});
