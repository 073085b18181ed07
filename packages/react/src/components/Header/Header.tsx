import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing, motion } from '../../styles/a11y.css.js';
import type { PartnerIdentity, SharedBrand } from '../../theme/types.js';
import { CoBrandingLockup } from '../CoBrandingLockup/CoBrandingLockup.js';
import { Container } from '../Container/Container.js';
import { bar, header, navLink, navList } from './Header.css.js';

export interface NavigationItem {
  readonly label: string;
  readonly href: string;
  readonly current?: boolean;
}

export interface HeaderProps extends HTMLAttributes<HTMLElement> {
  readonly brand: SharedBrand;
  readonly partner: PartnerIdentity;
  /** Where the lockup leads. */
  readonly homeHref?: string;
  readonly navigation?: readonly NavigationItem[];
  readonly navigationLabel?: string;
  /** Extra controls at the end of the bar (search, a button…). */
  readonly children?: ReactNode;
}

/** The page banner: co-branding lockup linking home, main navigation, extra controls. */
export function Header({
  brand,
  partner,
  homeHref = '/',
  navigation = [],
  navigationLabel = 'Navigation principale',
  children,
  className,
  ...rest
}: HeaderProps) {
  return (
    <header {...rest} className={cx(header, className)}>
      <Container className={bar}>
        <CoBrandingLockup brand={brand} partner={partner} href={homeHref} />
        {navigation.length > 0 && (
          <nav aria-label={navigationLabel}>
            <ul className={navList}>
              {navigation.map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    aria-current={item.current ? 'page' : undefined}
                    className={cx(navLink, focusRing, motion)}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {children}
      </Container>
    </header>
  );
}
