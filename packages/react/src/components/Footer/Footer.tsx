import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import type { PartnerIdentity, SharedBrand } from '../../theme/types.js';
import { CoBrandingLockup } from '../CoBrandingLockup/CoBrandingLockup.js';
import { Container } from '../Container/Container.js';
import { Link } from '../Link/Link.js';
import { contact, footer, layout, links as linksStyle } from './Footer.css.js';

export interface FooterLink {
  readonly label: string;
  readonly href: string;
}

export interface FooterProps extends HTMLAttributes<HTMLElement> {
  readonly brand: SharedBrand;
  readonly partner: PartnerIdentity;
  /** Legal notice, accessibility statement, sitemap… */
  readonly links?: readonly FooterLink[];
  readonly linksLabel?: string;
  readonly children?: ReactNode;
}

/** The page footer: co-branding lockup, the partner's contact line and website, useful links. */
export function Footer({
  brand,
  partner,
  links = [],
  linksLabel = 'Liens utiles',
  children,
  className,
  ...rest
}: FooterProps) {
  return (
    <footer {...rest} className={cx(footer, className)}>
      <Container className={layout}>
        <CoBrandingLockup brand={brand} partner={partner} />
        {(partner.contact || partner.website) && (
          <address className={contact}>
            {partner.contact}
            {partner.contact && partner.website && <br />}
            {partner.website && (
              <Link href={partner.website}>{partner.website.replace(/^https?:\/\//, '')}</Link>
            )}
          </address>
        )}
        {children}
        {links.length > 0 && (
          <nav aria-label={linksLabel}>
            <ul className={linksStyle}>
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </Container>
    </footer>
  );
}
