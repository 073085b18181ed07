import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { container, width as widths } from './Container.css.js';

export interface ContainerProps extends HTMLAttributes<HTMLElement> {
  /** Maximum width: `narrow` for reading (≈ 70 characters), `default`, `wide`. */
  readonly width?: keyof typeof widths;
  /** `main` for the page's main content (give it the SkipLink's target `id`). */
  readonly as?: 'div' | 'main' | 'section' | 'article';
  readonly children?: ReactNode;
}

/** Centres content with a maximum width and token side padding. */
export function Container({ width = 'default', as: Element = 'div', className, ...rest }: ContainerProps) {
  return <Element {...rest} className={cx(container, widths[width], className)} />;
}
