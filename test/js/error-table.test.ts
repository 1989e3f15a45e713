// The error table is one TSV from which the C header, the engine's table and the TypeScript
// constants are generated; a hand edit of a generated file, or a TSV edit without regenerating,
// must not pass unnoticed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { esent } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the generated error tables match native/errors/errors.tsv', () => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'gen-errors.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  expect(result.stderr + result.stdout).toContain('up to date');
  expect(result.status).toBe(0);
});

test('a lookup by value gives the primary name and our description', () => {
  expect(esent.jetErrorInfo(-1102)?.name).toBe('JET_errWriteConflict');
  expect(esent.jetErrorInfo(1039)?.name).toBe('JET_wrnSeekNotEqual');
  expect(esent.jetErrorInfo(-999_999)).toBeUndefined();
});
