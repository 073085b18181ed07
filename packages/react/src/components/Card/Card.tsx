import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { Heading, type HeadingLevel } from '../Heading/Heading.js';
import { card, footer as footerStyle, media, stretchedLink } from './Card.css.js';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  readonly title: ReactNode;
  /** Outline level of the title: the card fits into the page's heading structure. */
  readonly headingLevel?: HeadingLevel;
  /** Makes the whole card a link, named by its title. */
  readonly href?: string;
  /** Above the title: a ThematicBadge, a Tag, a date… */
  readonly eyebrow?: ReactNode;
  /** `alt` is required; use `''` only for a purely decorative image. */
  readonly image?: { readonly src: string; readonly alt: string };
  readonly footer?: ReactNode;
  readonly children?: ReactNode;
}

/** A content card as an `<article>`: optional image, eyebrow, title (optionally a link), text, footer. */
export function Card({
  title,
  headingLevel = 3,
  href,
  eyebrow,
  image,
  footer,
  children,
  className,
  ...rest
}: CardProps) {
  return (
    <article {...rest} className={cx(card, className)}>
      {image && <img src={image.src} alt={image.alt} className={media} />}
      {eyebrow && <div>{eyebrow}</div>}
      <Heading level={headingLevel} size="subtitle">
        {href ? (
          <a href={href} className={stretchedLink}>
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      {children}
      {footer && <div className={footerStyle}>{footer}</div>}
    </article>
  );
}
