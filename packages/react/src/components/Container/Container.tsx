import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { container, width as widths } from './Container.css.js';

export interface ContainerProps extends HTMLAttributes<HTMLElement> {
  readonly width?: keyof typeof widths;
  readonly as?: 'div' | 'main' | 'section' | 'article';
  readonly children?: ReactNode;
}

/** Centres content with a maximum width and token side padding. */
export function Container({ width = 'default', as: Element = 'div', className, ...rest }: ContainerProps) {
  return <Element {...rest} className={cx(container, widths[width], className)} />;
}
