import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { text, tone as tones, variant as variants, weight as weights } from './Text.css.js';

export interface TextProps extends HTMLAttributes<HTMLElement> {
  /** Text style of the tokens: `body` (default), `lead`, `bodySmall`, `caption`, `label`. */
  readonly variant?: keyof typeof variants;
  /** `default`, `muted` (secondary text, still AA) or `inherit` (inside a coloured surface). */
  readonly tone?: keyof typeof tones;
  /** Overrides the variant's weight: `regular`, `semibold`, `bold`. */
  readonly weight?: keyof typeof weights;
  /** Element to render; `p` by default. */
  readonly as?: 'p' | 'span' | 'div' | 'strong' | 'em' | 'small';
  readonly children?: ReactNode;
}

/** Running text on the brand's type scale. */
export function Text({
  variant = 'body',
  tone = 'default',
  weight,
  as: Element = 'p',
  className,
  ...rest
}: TextProps) {
  return (
    <Element
      {...rest}
      className={cx(text, variants[variant], tones[tone], weight && weights[weight], className)}
    />
  );
}
