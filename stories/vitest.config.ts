import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.js';

/**
 * The browser suite builds Storybook and drives Chromium: it gets a long timeout and runs alone
 * (one Chromium, pages in parallel inside it) so it stays within the two shared cores.
 */
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      testTimeout: 600_000,
      hookTimeout: 600_000,
      fileParallelism: false,
    },
  }),
);
