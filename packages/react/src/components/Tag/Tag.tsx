import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing } from '../../styles/a11y.css.js';
import { type TagVariants, tag } from './Tag.css.js';

export interface TagProps extends HTMLAttributes<HTMLElement> {
  /** `neutral` (default), `accent` (the partner's accent) or `brand` (the shared brand). */
  readonly tone?: TagVariants['tone'];
  /** Makes the tag a link (e.g. to a filtered list), underlined like every link. */
  readonly href?: string;
  readonly children: ReactNode;
}

/** A short keyword; a link when it has an `href`. */
export function Tag({ tone, href, className, ...rest }: TagProps) {
  if (href !== undefined) {
    return <a {...rest} href={href} className={cx(tag({ tone, interactive: true }), focusRing, className)} />;
  }
  return <span {...rest} className={cx(tag({ tone }), className)} />;
}
