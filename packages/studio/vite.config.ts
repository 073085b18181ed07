import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The studio's web app, built as a partner's site would be: `@blason/react` and `@blason/theme`
 * resolve to their published `dist/` (JS and extracted CSS), so no vanilla-extract plugin is needed.
 * The server serves `dist/app` from memory.
 */
export default defineConfig({
  root: 'src/app',
  base: '/',
  plugins: [react()],
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: { outDir: '../../dist/app', emptyOutDir: true, assetsInlineLimit: 0 },
});
