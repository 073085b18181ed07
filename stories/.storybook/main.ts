import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/react-vite/node';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions, mergeConfig } from 'vite';
import { blasonBrand } from './brand-plugin.js';
import { blasonRender } from './render-plugin.js';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const tokensDir = fileURLToPath(new URL('../../tokens', import.meta.url));

/** The manager (sidebar, toolbar) draws the brand's faces: fontsource's files, served by Storybook. */
const managerFonts = [
  { family: 'Atkinson Hyperlegible Next', id: 'atkinson-hyperlegible-next', weights: [400, 700] },
  { family: 'Bricolage Grotesque', id: 'bricolage-grotesque', weights: [800] },
  { family: 'Atkinson Hyperlegible Mono', id: 'atkinson-hyperlegible-mono', weights: [400] },
];
const fontFiles = (id: string) =>
  path.join(path.dirname(createRequire(import.meta.url).resolve(`@fontsource/${id}/package.json`)), 'files');
const fontFaces = managerFonts.flatMap(({ family, id, weights }) =>
  weights.flatMap((weight) =>
    ['latin', 'latin-ext'].map(
      (subset) =>
        `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${weight};src:url(./manager-fonts/${id}/${id}-${subset}-${weight}-normal.woff2) format('woff2')}`,
    ),
  ),
);

/**
 * Storybook reads workspace packages from their TypeScript sources (the `source` export condition),
 * like Vitest and the CLI, so the portal never lags behind the code it documents.
 */
export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    // MDX 3 leaves GitHub-flavoured Markdown (tables) to remark-gfm
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  staticDirs: managerFonts.map(({ id }) => ({ from: fontFiles(id), to: `/manager-fonts/${id}` })),
  managerHead: (head) => `${head}<style>${fontFaces.join('')}</style>`,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(config) {
    return mergeConfig(config, {
      plugins: [vanillaExtractPlugin(), blasonBrand(tokensDir), blasonRender(rootDir)],
      resolve: { conditions: ['source', ...defaultClientConditions] },
    });
  },
});
