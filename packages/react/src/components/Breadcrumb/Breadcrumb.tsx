import type { HTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { Link } from '../Link/Link.js';
import { current, item, list } from './Breadcrumb.css.js';

export interface BreadcrumbItem {
  readonly label: string;
  /** Every item but the last is a link; the last is the current page. */
  readonly href?: string;
}

export interface BreadcrumbProps extends HTMLAttributes<HTMLElement> {
  readonly items: readonly BreadcrumbItem[];
  /** Name of the navigation landmark. */
  readonly label?: string;
}

/** Where the page sits: a `nav` landmark with an ordered list, the last item marked current. */
export function Breadcrumb({ items, label = 'Fil d’Ariane', className, ...rest }: BreadcrumbProps) {
  return (
    <nav {...rest} aria-label={label} className={className}>
      <ol className={list}>
        {items.map((entry, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={entry.href ?? entry.label} className={item}>
              {index > 0 && <span aria-hidden="true">›</span>}
              {isLast || entry.href === undefined ? (
                <span aria-current={isLast ? 'page' : undefined} className={cx(isLast && current)}>
                  {entry.label}
                </span>
              ) : (
                <Link href={entry.href}>{entry.label}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
