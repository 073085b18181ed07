import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Built exactly as a partner's site would be: no `source` export condition, so `@blason/react`
 * and `@blason/theme` resolve to their published `dist/` (JS, extracted CSS, declarations),
 * and no vanilla-extract plugin is needed: the package ships plain CSS.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: { outDir: 'dist', emptyOutDir: true },
});
