import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { assertProp, BlasonPropError } from '../../internal/dev.js';
import { heading, size as sizes } from './Heading.css.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = keyof typeof sizes;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** Outline level: `<h1>`…`<h6>`. Required, so the document outline is always chosen on purpose. */
  readonly level: HeadingLevel;
  /** Visual size; defaults to the size that matches the level. */
  readonly size?: HeadingSize;
  readonly children: ReactNode;
}

const sizeForLevel: Record<HeadingLevel, HeadingSize> = {
  1: 'headline',
  2: 'title',
  3: 'subtitle',
  4: 'small',
  5: 'small',
  6: 'small',
};

/** A heading whose outline level and visual size are chosen separately. */
export function Heading({ level, size, className, ...rest }: HeadingProps) {
  const valid = assertProp(
    Number.isInteger(level) && level >= 1 && level <= 6,
    () =>
      new BlasonPropError(
        'Heading',
        'level',
        `${String(level)} is not a heading level`,
        'an integer from 1 to 6',
      ),
  );
  const safeLevel: HeadingLevel = valid ? level : 2;
  const Element = `h${safeLevel}` as const;
  return <Element {...rest} className={cx(heading, sizes[size ?? sizeForLevel[safeLevel]], className)} />;
}
