import { createSprinkles, defineProperties } from '@vanilla-extract/sprinkles';
import { vars } from '../theme/contract.js';
import { breakpoints } from './breakpoints.js';

const layout = defineProperties({
  conditions: { base: {}, md: { '@media': breakpoints.md }, lg: { '@media': breakpoints.lg } },
  defaultCondition: 'base',
  properties: {
    gap: vars.space,
    paddingBlock: vars.space,
    paddingInline: vars.space,
    alignItems: ['stretch', 'flex-start', 'center', 'flex-end', 'baseline'],
    justifyContent: ['flex-start', 'center', 'flex-end', 'space-between'],
    gridTemplateColumns: {
      1: 'minmax(0, 1fr)',
      2: 'repeat(2, minmax(0, 1fr))',
      3: 'repeat(3, minmax(0, 1fr))',
      4: 'repeat(4, minmax(0, 1fr))',
      6: 'repeat(6, minmax(0, 1fr))',
      12: 'repeat(12, minmax(0, 1fr))',
    },
  },
  shorthands: { padding: ['paddingBlock', 'paddingInline'] },
});

export const sprinkles = createSprinkles(layout);
export type Sprinkles = Parameters<typeof sprinkles>[0];
/** A spacing step of the token scale (`space.4` = 16 px). */
export type Space = keyof typeof vars.space;
type ToNumber<K> = K extends number ? K : K extends `${infer N extends number}` ? N : never;
/** The same steps as numbers, for props: `gap={4}` (declaration files may spell the keys either way). */
export type SpaceStep = ToNumber<Space>;
