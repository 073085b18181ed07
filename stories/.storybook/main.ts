import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/react-vite/node';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defaultClientConditions, mergeConfig } from 'vite';
import { blasonBrand } from './brand-plugin.js';
import { blasonRender } from './render-plugin.js';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const tokensDir = fileURLToPath(new URL('../../tokens', import.meta.url));

/**
 * Storybook reads workspace packages from their TypeScript sources (the `source` export condition),
 * like Vitest and the CLI, so the portal never lags behind the code it documents.
 */
export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(config) {
    return mergeConfig(config, {
      plugins: [vanillaExtractPlugin(), blasonBrand(tokensDir), blasonRender(rootDir)],
      resolve: { conditions: ['source', ...defaultClientConditions] },
    });
  },
});
