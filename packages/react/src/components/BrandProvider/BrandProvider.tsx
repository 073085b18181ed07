import type { ElementType, HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import type { Mode, PartnerId } from '../../theme/types.js';
import { root } from './BrandProvider.css.js';

export interface BrandProviderProps extends HTMLAttributes<HTMLElement> {
  /** Partner id, e.g. `capso`: selects the partner's tokens from `blason.css`. */
  readonly partner: PartnerId;
  readonly mode?: Mode;
  /** Element to render; `div` by default. */
  readonly as?: ElementType;
  readonly children?: ReactNode;
}

/**
 * Scopes a partner × mode theme: it only sets `data-partner` and `data-mode`, and the brand CSS
 * (`@blason/theme/css/blason.css`) does the rest. Switching either attribute re-themes every
 * component below without a re-render; plain attributes on any element work the same way.
 */
export function BrandProvider({
  partner,
  mode = 'light',
  as: Element = 'div',
  className,
  children,
  ...rest
}: BrandProviderProps) {
  return (
    <Element {...rest} data-partner={partner} data-mode={mode} className={cx(root, className)}>
      {children}
    </Element>
  );
}
