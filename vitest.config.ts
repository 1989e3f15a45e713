import { defineConfig } from 'vitest/config';

// Each test file runs in its own child process (`forks`, isolated): ESENT instances, global system
// parameters and the addon's session registry are process-wide, so files must not share a process.
// Timeouts are generous because workers and child processes start slowly on a busy 2-core machine.
export default defineConfig({
  test: {
    include: ['test/js/**/*.test.ts'],
    pool: 'forks',
    isolate: true,
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
