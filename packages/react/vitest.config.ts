import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig,
  defineConfig({
    plugins: [vanillaExtractPlugin()],
    test: {
      environment: 'jsdom',
      setupFiles: ['./test/setup.ts'],
    },
  }),
);
