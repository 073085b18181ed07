import type { HTMLAttributes } from 'react';
import { cx } from '../../internal/cx.js';
import { assertProp, BlasonPropError } from '../../internal/dev.js';
import type { Axis } from '../../theme/types.js';
import { pictograms } from './pictograms.js';
import { axisStrong, axisSubtle, badge, pictogram } from './ThematicBadge.css.js';

export interface ThematicBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  /** One of the brand's thematic axes (`color.axis.<axis>` in the tokens). */
  readonly axis: Axis;
  /** The axis name readers see, e.g. "Vie quotidienne": colour and pictogram never stand alone. */
  readonly label: string;
  /** `strong` (the axis colour, default) or `subtle` (its light tint). */
  readonly tone?: 'strong' | 'subtle';
}

/** The axes the stylesheet knows: one class per axis of the contract, no token data at run time. */
const knownAxes = Object.keys(axisStrong);

/** The badge of a thematic axis: its pictogram, its colours and its name. */
export function ThematicBadge({ axis, label, tone = 'strong', className, ...rest }: ThematicBadgeProps) {
  const known = assertProp(
    Object.hasOwn(axisStrong, axis),
    () =>
      new BlasonPropError(
        'ThematicBadge',
        'axis',
        `"${String(axis)}" is not a thematic axis of the brand`,
        `one of ${knownAxes.join(', ')}`,
      ),
  );
  const svg = known ? pictograms[axis] : undefined;
  const colours = tone === 'strong' ? axisStrong : axisSubtle;
  return (
    <span {...rest} data-axis={axis} className={cx(badge, known && colours[axis], className)}>
      {svg && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the brand's own pictogram files, inlined at build time
        <span aria-hidden="true" className={pictogram} dangerouslySetInnerHTML={{ __html: svg }} />
      )}
      {label}
    </span>
  );
}
