import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The tokens build's stylesheet: every partner × mode under `[data-partner][data-mode]`. */
export function brandCss(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@blason/theme/css/blason.css'), 'utf8');
}
