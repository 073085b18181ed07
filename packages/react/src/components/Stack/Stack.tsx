import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { spaceKey } from '../../internal/space.js';
import type { ResponsiveValue } from '../../internal/types.js';
import { type SpaceStep, sprinkles } from '../../styles/sprinkles.css.js';
import { list, stack } from './Stack.css.js';

export interface StackProps extends HTMLAttributes<HTMLElement> {
  /** Space between children, a step of the token scale (`4` = `space.4`). */
  readonly gap?: ResponsiveValue<SpaceStep>;
  /** Cross-axis alignment of the children (`stretch` by default). */
  readonly align?: 'stretch' | 'flex-start' | 'center' | 'flex-end';
  /** `ul`/`ol` for a list of items (children should then be `li`). */
  readonly as?: 'div' | 'section' | 'ul' | 'ol';
  readonly children?: ReactNode;
}

/** Children stacked vertically with a token gap. */
export function Stack({ gap = 4, align = 'stretch', as: Element = 'div', className, ...rest }: StackProps) {
  const isList = Element === 'ul' || Element === 'ol';
  return (
    <Element
      {...rest}
      className={cx(stack, isList && list, sprinkles({ gap: spaceKey(gap), alignItems: align }), className)}
    />
  );
}
