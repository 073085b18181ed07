import type { HTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing, visuallyHidden } from '../../styles/a11y.css.js';
import type { PartnerIdentity, SharedBrand } from '../../theme/types.js';
import {
  divider,
  link,
  lockup,
  orientation as orientations,
  partnerName,
  wordmark,
} from './CoBrandingLockup.css.js';

export interface CoBrandingLockupProps extends HTMLAttributes<HTMLElement> {
  /** The shared territorial brand, e.g. `{ name: 'Pays de Saint-Omer' }`. */
  readonly brand: SharedBrand;
  /** The co-signing partner; its `lockup.lines` split the name. The brand itself has none. */
  readonly partner: PartnerIdentity;
  readonly orientation?: 'horizontal' | 'vertical';
  /** Makes the lockup a link, typically to the home page. */
  readonly href?: string;
  /** Added to the link's name, e.g. "accueil". */
  readonly linkHint?: string;
}

/**
 * The shared brand's wordmark, a divider and the partner's name, spaced by the lockup tokens
 * (clear space, gap, divider width, partner name scale, minimum width).
 */
export function CoBrandingLockup({
  brand,
  partner,
  orientation = 'horizontal',
  href,
  linkHint = 'accueil',
  className,
  ...rest
}: CoBrandingLockupProps) {
  const lines = partner.lockup?.lines ?? [partner.name];
  const coSigned = lines.length > 0 && partner.name !== brand.name;
  const content = (
    <>
      <span className={wordmark}>{brand.name}</span>
      {coSigned && (
        <>
          {' '}
          <span aria-hidden="true" className={divider} />
          <span className={partnerName}>
            {lines.map((line) => (
              <span key={line} aria-hidden="true">
                {line}
              </span>
            ))}
            <span className={visuallyHidden}>{partner.name}</span>
          </span>
        </>
      )}
      {href && (
        <>
          {' '}
          <span className={visuallyHidden}>– {linkHint}</span>
        </>
      )}
    </>
  );
  const classes = cx(lockup, orientations[orientation], className);
  if (href) {
    return (
      <a {...rest} href={href} data-lockup="" className={cx(classes, link, focusRing)}>
        {content}
      </a>
    );
  }
  return (
    <span {...rest} data-lockup="" className={classes}>
      {content}
    </span>
  );
}
