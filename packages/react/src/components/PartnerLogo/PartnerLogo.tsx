import type { HTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { visuallyHidden } from '../../styles/a11y.css.js';
import type { PartnerIdentity } from '../../theme/types.js';
import { image, wordmark } from './PartnerLogo.css.js';

export interface PartnerLogoProps extends HTMLAttributes<HTMLElement> {
  readonly partner: PartnerIdentity;
  /** URL of the partner's logo file (from its kit); without it, a typographic wordmark. */
  readonly src?: string;
  /** Display width of the logo file in CSS pixels; never below `logo.minSize.screen`. */
  readonly width?: number;
}

/** The partner's logo, or its short name set as a wordmark; always named by the official name. */
export function PartnerLogo({ partner, src, width, className, ...rest }: PartnerLogoProps) {
  if (src) {
    return <img {...rest} src={src} alt={partner.name} width={width} className={cx(image, className)} />;
  }
  const shortName = partner.shortName ?? partner.name;
  return (
    <span {...rest} data-partner-logo={partner.id} className={cx(wordmark, className)}>
      {shortName === partner.name ? (
        shortName
      ) : (
        <>
          <span aria-hidden="true">{shortName}</span>
          <span className={visuallyHidden}>{partner.name}</span>
        </>
      )}
    </span>
  );
}
