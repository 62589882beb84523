import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end files each start a server and Chromium: one file at a time on 2 cores.
    fileParallelism: false,
    // Every API result is checked against its output schema, in the unit harness and in the
    // start:web servers the end-to-end tests spawn (they inherit this environment).
    env: { OMNI_CHECK_OUTPUTS: '1' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
