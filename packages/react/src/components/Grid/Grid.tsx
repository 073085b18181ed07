import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { spaceKey } from '../../internal/space.js';
import type { ResponsiveValue } from '../../internal/types.js';
import { type SpaceStep, sprinkles } from '../../styles/sprinkles.css.js';
import { grid, list } from './Grid.css.js';

export type GridColumns = 1 | 2 | 3 | 4 | 6 | 12;

export interface GridProps extends HTMLAttributes<HTMLElement> {
  /** Number of equal columns, per breakpoint: `{ base: 1, md: 2, lg: 3 }`. */
  readonly columns?: ResponsiveValue<GridColumns>;
  /** Space between cells, a step of the token scale (`6` = `space.6`, the default). */
  readonly gap?: ResponsiveValue<SpaceStep>;
  /** `ul`/`ol` for a list of items (children should then be `li`). */
  readonly as?: 'div' | 'ul' | 'ol' | 'section';
  readonly children?: ReactNode;
}

/** Equal-width columns that collapse to one on small screens by default. */
export function Grid({
  columns = { base: 1, md: 2, lg: 3 },
  gap = 6,
  as: Element = 'div',
  className,
  ...rest
}: GridProps) {
  const isList = Element === 'ul' || Element === 'ol';
  return (
    <Element
      {...rest}
      className={cx(
        grid,
        isList && list,
        sprinkles({ gap: spaceKey(gap), gridTemplateColumns: columns }),
        className,
      )}
    />
  );
}
