import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { assertProp, BlasonPropError } from '../../internal/dev.js';
import { formatNumber, NBSP } from '../../internal/format.js';
import { figure, keyFigure, label as labelStyle, unit as unitStyle } from './KeyFigure.css.js';

export interface KeyFigureProps extends HTMLAttributes<HTMLElement> {
  /** The number itself: formatted the French way ("52 560", "3,5"). */
  readonly value: number;
  /** Written after the number with a no-break space: "heures", "%", "km²". */
  readonly unit?: string;
  /** What the figure counts, e.g. "heures de mandat". */
  readonly label: ReactNode;
  /** Decimals shown at most (1 by default: "3,5"). */
  readonly maximumFractionDigits?: number;
  /** Group digits by three ("52 560", the default); `false` for a year: "2017". */
  readonly useGrouping?: boolean;
}

/** A key figure: number, unit and label, as a `<figure>` whose caption is the label. */
export function KeyFigure({
  value,
  unit,
  label,
  maximumFractionDigits = 1,
  useGrouping = true,
  className,
  ...rest
}: KeyFigureProps) {
  const numeric = assertProp(
    typeof value === 'number' && Number.isFinite(value),
    () =>
      new BlasonPropError(
        'KeyFigure',
        'value',
        `${JSON.stringify(value)} is not a number`,
        'a finite number such as 2190 (formatting is done for you)',
      ),
  );
  if (!numeric) return null;
  return (
    <figure {...rest} className={cx(keyFigure, className)}>
      <p className={figure}>
        <data value={String(value)}>{formatNumber(value, { maximumFractionDigits, useGrouping })}</data>
        {unit && (
          <>
            {NBSP}
            <span className={unitStyle}>{unit}</span>
          </>
        )}
      </p>
      <figcaption className={labelStyle}>{label}</figcaption>
    </figure>
  );
}
