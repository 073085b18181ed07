import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

/**
 * The published modules have no side effects (`sideEffects` lists only CSS), but the build must keep
 * the two modules that exist for their CSS: the fonts and the global base styles.
 */
function keepStyleModules(): Plugin {
  return {
    name: 'blason:keep-style-modules',
    enforce: 'post',
    transform(code, id) {
      if (/\/src\/styles\/(fonts\.ts|base\.css\.ts)$/.test(id)) return { code, moduleSideEffects: true };
      return undefined;
    },
  };
}

/**
 * Vite's library mode inlines every asset as base64: the fonts' `url()`s ask for files instead
 * (`?no-inline`), so a page downloads only the faces and subsets it uses.
 */
function fontFiles(): Plugin {
  return {
    name: 'blason:font-files',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/@fontsource\/[^/]+\/[^/]+\.css$/.test(id)) return undefined;
      return { code: code.replace(/url\((\.\/files\/[^)?]+\.woff2?)\)/g, 'url($1?no-inline)'), map: null };
    },
  };
}

/**
 * Library build: one ES module per source module (so bundlers tree-shake components) and one
 * stylesheet, `dist/styles.css` (fonts, base styles, every component's extracted CSS), that a site
 * imports once. No built module imports CSS, so Node, Vite SSR and any framework render them as they are.
 */
export default defineConfig({
  // relative URLs in the stylesheet: `./fonts/…` resolves wherever the package is installed
  base: './',
  plugins: [vanillaExtractPlugin(), keepStyleModules(), fontFiles()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: {
      entry: { index: 'src/index.ts', examples: 'src/examples.ts' },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rollupOptions: {
      external: (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: (asset) =>
          /\.woff2?$/.test(asset.names[0] ?? '') ? 'fonts/[name][extname]' : '[name][extname]',
      },
    },
  },
});
