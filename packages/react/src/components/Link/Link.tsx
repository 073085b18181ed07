import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing, motion, visuallyHidden } from '../../styles/a11y.css.js';
import { externalMark, link } from './Link.css.js';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly href: string;
  /** Opens in a new window, says so to every reader, and sets `rel="noopener noreferrer"`. */
  readonly external?: boolean;
  /** Announced after the text of an external link. */
  readonly newWindowLabel?: string;
  readonly children: ReactNode;
}

/** An underlined text link with the brand's focus ring. */
export function Link({
  external = false,
  newWindowLabel = 'nouvelle fenêtre',
  className,
  children,
  ...rest
}: LinkProps) {
  const externalProps = external ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  return (
    <a {...rest} {...externalProps} className={cx(link, focusRing, motion, className)}>
      {children}
      {external && (
        <>
          <span aria-hidden="true" className={externalMark}>
            ↗
          </span>{' '}
          <span className={visuallyHidden}>({newWindowLabel})</span>
        </>
      )}
    </a>
  );
}
