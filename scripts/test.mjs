// `npm test`: every suite of the Linux lane, in order, then one summary line.
//
// 1. the TypeScript layer is compiled, so the suites always run the current lib/;
// 2. the portable engine's C++ conformance tests (built with CMake, written against the JET API);
// 3. the vitest suites (which also type-check test/types).
// The last line is `N passed, N failed, N skipped` summed over the suites; CI reads it. A suite
// that could not run counts as a failure, so a run that executed nothing is never green.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const totals = { passed: 0, failed: 0, skipped: 0 };
const broken = [];

function run(label, command, args, options = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', shell: process.platform === 'win32' });
  if (options.capture && result.stdout) process.stdout.write(result.stdout);
  if (result.error) console.error(result.error.message);
  return result;
}

function countsFromLine(text) {
  const lines = String(text ?? '').trim().split(/\r?\n/).reverse();
  for (const line of lines) {
    const m = /^(?:\w+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line.trim());
    if (m) return { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0) };
  }
  return undefined;
}

function add(label, counts, status) {
  if (!counts) {
    broken.push(`${label} (no result)`);
    totals.failed += 1;
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (status !== 0 && counts.failed === 0) {
    broken.push(`${label} (exit ${status})`);
    totals.failed += 1;
  }
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

const tsc = run('typescript', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
if (tsc.status !== 0) {
  broken.push('typescript build');
  totals.failed += 1;
}

const engine = run('engine', process.execPath, ['scripts/test-engine.mjs'], { capture: true });
add('engine C++ tests', countsFromLine(engine.stdout), engine.status);

mkdirSync(join(root, 'build'), { recursive: true });
const report = join(root, 'build', 'vitest-report.json');
rmSync(report, { force: true });
const vitest = run('vitest', process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
let vitestCounts;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  vitestCounts = {
    passed: json.numPassedTests,
    // A file that failed without a failing test (an import or syntax error) counts once.
    failed: json.numFailedTests + json.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')).length,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
} catch {
  vitestCounts = undefined;
}
add('vitest', vitestCounts, vitest.status);

console.log('');
if (broken.length) console.log(`not green: ${broken.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 && broken.length === 0 ? 0 : 1);
