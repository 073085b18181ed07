import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing } from '../../styles/a11y.css.js';
import { skipLink } from './SkipLink.css.js';

export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** `id` of the main content (without `#`). */
  readonly targetId?: string;
  readonly children?: string;
}

/**
 * Moves focus to the target, which need not be focusable: a `<main>` without `tabIndex` gets
 * `tabindex="-1"` (focusable by script only). Browsers scroll to `#id` on their own but leave the
 * focus, so the next Tab would land back in the header.
 */
function focusTarget(targetId: string, event: MouseEvent<HTMLAnchorElement>): void {
  const target = event.currentTarget.ownerDocument.getElementById(targetId);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** The first focusable element of a page: jumps over the header to the main content and focuses it. */
export function SkipLink({
  targetId = 'contenu',
  children = 'Aller au contenu',
  className,
  onClick,
  ...rest
}: SkipLinkProps) {
  return (
    <a
      {...rest}
      href={`#${targetId}`}
      className={cx(skipLink, focusRing, className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) focusTarget(targetId, event);
      }}
    >
      {children}
    </a>
  );
}
