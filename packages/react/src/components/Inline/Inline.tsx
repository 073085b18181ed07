import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { spaceKey } from '../../internal/space.js';
import type { ResponsiveValue } from '../../internal/types.js';
import { type SpaceStep, sprinkles } from '../../styles/sprinkles.css.js';
import { inline, list, wrap as wrapStyles } from './Inline.css.js';

export interface InlineProps extends HTMLAttributes<HTMLElement> {
  /** Space between children, a step of the token scale (`2` = `space.2`, the default). */
  readonly gap?: ResponsiveValue<SpaceStep>;
  /** Vertical alignment of the children (`center` by default). */
  readonly align?: 'flex-start' | 'center' | 'flex-end' | 'baseline' | 'stretch';
  /** Horizontal distribution of the children. */
  readonly justify?: 'flex-start' | 'center' | 'flex-end' | 'space-between';
  /** Wrap onto several lines when space runs out (default). */
  readonly wrap?: boolean;
  /** `ul`/`ol` for a list of items (children should then be `li`). */
  readonly as?: 'div' | 'ul' | 'ol' | 'p';
  readonly children?: ReactNode;
}

/** Children side by side, wrapping, with a token gap. */
export function Inline({
  gap = 2,
  align = 'center',
  justify = 'flex-start',
  wrap = true,
  as: Element = 'div',
  className,
  ...rest
}: InlineProps) {
  const isList = Element === 'ul' || Element === 'ol';
  return (
    <Element
      {...rest}
      className={cx(
        inline,
        wrapStyles[String(wrap) as 'true' | 'false'],
        isList && list,
        sprinkles({ gap: spaceKey(gap), alignItems: align, justifyContent: justify }),
        className,
      )}
    />
  );
}
