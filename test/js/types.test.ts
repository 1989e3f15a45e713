// Runs the type-level tests (test/types) through tsc, so `npm test` fails when a branded handle
// type stops rejecting what it should reject, or starts rejecting a correct use.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

test('test/types compiles: handles of different kinds do not mix, correct uses type-check', () => {
  const result = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json'], { cwd: root, encoding: 'utf8' });
  expect(result.stdout + result.stderr, 'tsc output').toBe('');
  expect(result.status).toBe(0);
});
