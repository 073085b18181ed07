import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { NBSP } from '../../internal/format.js';
import { attribution, author as authorStyle, blockquote, quote, words } from './Quote.css.js';

export interface QuoteProps extends HTMLAttributes<HTMLElement> {
  /** The words quoted, without quotation marks: French guillemets are added. */
  readonly children: ReactNode;
  /** Who said it; leave out for an anonymous testimony. */
  readonly author?: string;
  /** Their role or organisation, e.g. "élue, CAPSO". */
  readonly authorRole?: string;
  /** Shown instead of an author. */
  readonly anonymousLabel?: string;
  /** URL of the source. */
  readonly cite?: string;
}

/** A quotation in French guillemets with its attribution, possibly anonymous. */
export function Quote({
  children,
  author,
  authorRole,
  anonymousLabel = 'Témoignage anonyme',
  cite,
  className,
  ...rest
}: QuoteProps) {
  return (
    <figure {...rest} className={cx(quote, className)}>
      <blockquote cite={cite} className={blockquote}>
        <p className={words}>
          «{NBSP}
          {children}
          {NBSP}»
        </p>
      </blockquote>
      <figcaption className={attribution}>
        {author ? (
          <>
            <span className={authorStyle}>{author}</span>
            {authorRole && <>, {authorRole}</>}
          </>
        ) : (
          anonymousLabel
        )}
      </figcaption>
    </figure>
  );
}
