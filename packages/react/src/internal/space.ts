import type { Space, SpaceStep } from '../styles/sprinkles.css.js';
import type { ResponsiveValue } from './types.js';

type Responsive<T> = T | { base?: T; md?: T; lg?: T };

/** `4` → `'4'`, `{ base: 2, md: 6 }` → `{ base: '2', md: '6' }`: the keys sprinkles knows. */
export function spaceKey(value: ResponsiveValue<SpaceStep> | undefined): Responsive<Space> | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return String(value) as Space;
  const out: { base?: Space; md?: Space; lg?: Space } = {};
  for (const key of ['base', 'md', 'lg'] as const) {
    const step = value[key];
    if (step !== undefined) out[key] = String(step) as Space;
  }
  return out;
}
