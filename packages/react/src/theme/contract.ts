/**
 * Local stand-in for `@blason/tokens/contract` until the tokens build publishes it.
 * Same names as docs/TOKENS.md: `color.text.linkHover` → `var(--blason-color-text-link-hover)`.
 */
import { createGlobalThemeContract } from '@vanilla-extract/css';

const leaves = <const K extends string>(keys: readonly K[]): Record<K, null> =>
  Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>;

const statusRole = leaves(['text', 'surface', 'border']);
const axisRole = leaves(['surface', 'onSurface', 'subtle', 'onSubtle']);

const shape = {
  color: {
    text: leaves(['default', 'muted', 'inverse', 'link', 'linkHover', 'onBrand', 'onAccent', 'disabled']),
    surface: leaves(['default', 'subtle', 'raised', 'sunken', 'inverse', 'brand', 'accent', 'accentSubtle']),
    border: leaves(['default', 'strong', 'subtle', 'accent']),
    brand: leaves(['default', 'strong', 'subtle']),
    accent: leaves(['default', 'strong', 'subtle']),
    focus: leaves(['ring', 'ringOffset']),
    status: { info: statusRole, success: statusRole, warning: statusRole, danger: statusRole },
    axis: {
      economie: axisRole,
      innovation: axisRole,
      culture: axisRole,
      tourisme: axisRole,
      commerce: axisRole,
      'vie-quotidienne': axisRole,
    },
  },
  font: {
    family: leaves(['display', 'body', 'mono']),
    weight: leaves(['regular', 'medium', 'semibold', 'bold', 'extrabold']),
    size: leaves(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl', '6xl', '7xl']),
    lineHeight: leaves(['tight', 'snug', 'normal', 'relaxed']),
    letterSpacing: leaves(['tight', 'normal', 'wide']),
  },
  space: leaves(['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16', '20', '24']),
  radius: leaves(['none', 'sm', 'md', 'lg', 'xl', 'pill']),
  border: { width: leaves(['thin', 'medium', 'thick', 'focus']) },
  shadow: leaves(['sm', 'md', 'lg']),
  duration: leaves(['instant', 'fast', 'normal', 'slow']),
  easing: leaves(['standard', 'emphasized']),
  size: { control: leaves(['sm', 'md', 'lg']), icon: leaves(['sm', 'md', 'lg']) },
  logo: {
    clearSpace: null,
    minSize: leaves(['screen', 'print']),
    lockup: leaves(['gap', 'dividerWidth', 'partnerNameScale', 'maxPartnerLines']),
  },
};

const kebab = (segment: string): string => segment.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const vars = createGlobalThemeContract(shape, (_value, path) => `blason-${path.map(kebab).join('-')}`);
