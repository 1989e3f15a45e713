// `npm run test:engine`: configures, builds and runs the portable engine's C++ tests:
// engine_tests (test/engine/*.cpp, the conformance tests, written against the JET API only),
// engine_internal_tests (test/engine/internal, the log and transaction internals) and, on
// POSIX, store_tests (test/engine/store, the page store's unit tests).
//
//   node scripts/test-engine.mjs [filter]        run all tests, or those whose name contains filter
//   ESENT_SANITIZE=1 node scripts/test-engine.mjs  the same under AddressSanitizer + UBSan
//
// Each executable's last line is `N passed, N failed`; this script prints their sum as its own
// last line and exits non-zero when a test failed or configuring or building failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sanitize = process.env.ESENT_SANITIZE === '1';
const buildDir = join(root, 'build', sanitize ? 'engine-tests-sanitize' : 'engine-tests');

function step(command, args) {
  console.log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

const configureArgs = ['-S', join(root, 'test', 'engine'), '-B', buildDir, '-DCMAKE_BUILD_TYPE=Debug'];
if (sanitize) configureArgs.push('-DESENT_SANITIZE=ON');

let status = step('cmake', configureArgs);
if (status === 0) status = step('cmake', ['--build', buildDir, '-j2']);
if (status !== 0) {
  console.error('engine tests: configure or build failed');
  console.log('0 passed, 1 failed');
  process.exit(status || 1);
}

function findExecutable(name) {
  return [name, `${name}.exe`, join('Debug', `${name}.exe`), join('store', name)]
    .map((file) => join(buildDir, file))
    .find((path) => existsSync(path));
}

// Runs one test executable with inherited stdin/stderr, echoing its output, and reads its counts.
function runTests(name) {
  const executable = findExecutable(name);
  if (!executable) {
    console.error(`engine tests: no ${name} in ${buildDir}`);
    return { passed: 0, failed: 1, status: 1 };
  }
  console.log(`> ${executable}`);
  const result = spawnSync(executable, process.argv.slice(2), { cwd: root, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (result.stdout) process.stdout.write(result.stdout);
  const match = /(\d+) passed, (\d+) failed\s*$/.exec(result.stdout ?? '');
  if (!match) return { passed: 0, failed: 1, status: result.status || 1 };
  return { passed: Number(match[1]), failed: Number(match[2]), status: result.status ?? 1 };
}

// store_tests (the page store's unit tests) exists where the platform builds it (not Windows).
const suites = ['engine_tests', 'engine_internal_tests'];
if (findExecutable('store_tests')) suites.push('store_tests');
const runs = suites.map(runTests);
const passed = runs.reduce((sum, run) => sum + run.passed, 0);
const failed = runs.reduce((sum, run) => sum + run.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(runs.every((run) => run.status === 0) && failed === 0 ? 0 : 1);
