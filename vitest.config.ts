import { defineConfig } from 'vitest/config';

// Tests that compare running times run in a group of their own, after everything else and one
// file at a time: on two cores, a test file running beside them (a build, a full extraction)
// would otherwise decide their result.
const TIMING = ['tests/robustness/linear-time.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // two cores: more forks only contend
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'main', include: ['tests/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      // --expose-gc: the timing tests collect the previous run's garbage before each measured run
      { extends: true, test: { name: 'timing', include: TIMING, maxWorkers: 1, execArgv: ['--expose-gc'], sequence: { groupOrder: 1 } } },
    ],
  },
});
