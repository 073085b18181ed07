import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { visuallyHidden } from '../../styles/a11y.css.js';
import { alert, body, icon, title as titleStyle } from './Alert.css.js';
import { AlertIcon } from './icons.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** `info` (default), `success`, `warning`, `danger`: told by colour, icon shape and name. */
  readonly tone?: AlertTone;
  readonly title?: ReactNode;
  readonly children?: ReactNode;
  /**
   * For a message that appears after the page loaded: `polite` (a status) or `assertive`
   * (an alert that interrupts). Leave unset for a message present from the start.
   */
  readonly live?: 'polite' | 'assertive';
  /** The tone's name, read before the message. */
  readonly toneLabel?: string;
}

const toneLabels: Record<AlertTone, string> = {
  info: 'Information',
  success: 'Succès',
  warning: 'Attention',
  danger: 'Erreur',
};

/** A message with a tone told three ways: colour, icon shape and an announced name. */
export function Alert({ tone = 'info', title, children, live, toneLabel, className, ...rest }: AlertProps) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div {...rest} role={role} className={cx(alert({ tone }), className)}>
      <AlertIcon tone={tone} className={icon} />
      <div className={body}>
        {title ? (
          <p className={titleStyle}>
            <span className={visuallyHidden}>{toneLabel ?? toneLabels[tone]} : </span>
            {title}
          </p>
        ) : (
          <span className={visuallyHidden}>{toneLabel ?? toneLabels[tone]} : </span>
        )}
        {children}
      </div>
    </div>
  );
}
