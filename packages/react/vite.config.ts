import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig } from 'vite';
import { injectCssImports } from './build/inject-css-imports.js';
import pkg from './package.json' with { type: 'json' };

const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

/**
 * Library build: one ES module per source module (so bundlers tree-shake components) and, beside
 * each `*.css.ts`, its extracted static CSS file imported by that module.
 */
export default defineConfig({
  plugins: [vanillaExtractPlugin(), injectCssImports()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: true,
    lib: {
      entry: { index: 'src/index.ts', examples: 'src/examples.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // `Button.css.ts.vanilla.css` → `Button.css`, beside `Button.css.js`
        assetFileNames: (asset) =>
          (asset.names[0] ?? '[name]').endsWith('.css.ts.vanilla.css')
            ? `${(asset.originalFileNames[0] ?? asset.names[0] ?? '[name]').replace(/^src\//, '').replace(/\.ts\.vanilla\.css$/, '')}`
            : 'assets/[name][extname]',
      },
    },
  },
});
