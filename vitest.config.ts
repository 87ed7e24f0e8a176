import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end suites start servers and child processes on a shared, noisy machine:
    // generous timeouts, and nothing in the tests asserts on time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
