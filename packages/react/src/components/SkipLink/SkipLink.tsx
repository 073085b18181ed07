import type { AnchorHTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing } from '../../styles/a11y.css.js';
import { skipLink } from './SkipLink.css.js';

export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** `id` of the main content (without `#`). */
  readonly targetId?: string;
  readonly children?: string;
}

/** The first focusable element of a page: jumps over the header to the main content. */
export function SkipLink({
  targetId = 'contenu',
  children = 'Aller au contenu',
  className,
  ...rest
}: SkipLinkProps) {
  return (
    <a {...rest} href={`#${targetId}`} className={cx(skipLink, focusRing, className)}>
      {children}
    </a>
  );
}
