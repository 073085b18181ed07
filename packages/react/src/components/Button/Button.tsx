import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { focusRing, motion, visuallyHidden } from '../../styles/a11y.css.js';
import { type ButtonVariants, button, icon as iconStyle, spinner } from './Button.css.js';

interface ButtonBaseProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** `primary` (the one main action), `secondary` (outlined), `tertiary` (a quiet, underlined action). */
  readonly variant?: ButtonVariants['variant'];
  /** Control heights from the `size.control` tokens: `sm`, `md` (default), `lg`. */
  readonly size?: ButtonVariants['size'];
  /**
   * Work in progress: the button keeps its focus and its name, announces `loadingLabel`,
   * sets `aria-busy` and ignores clicks until done.
   */
  readonly loading?: boolean;
  /** Announced while loading, after the button's name. */
  readonly loadingLabel?: string;
}

/** A button with a visible text, optionally preceded by a decorative icon. */
interface TextButtonProps extends ButtonBaseProps {
  readonly children: ReactNode;
  readonly icon?: ReactNode;
  readonly label?: never;
}

/** An icon-only button: `label` is required and becomes its accessible name. */
interface IconButtonProps extends ButtonBaseProps {
  readonly children?: never;
  readonly icon: ReactNode;
  readonly label: string;
}

export type ButtonProps = TextButtonProps | IconButtonProps;

export function Button({
  variant,
  size,
  loading = false,
  loadingLabel = 'chargement en cours',
  icon,
  label,
  children,
  type = 'button',
  className,
  onClick,
  ...rest
}: ButtonProps) {
  const iconOnly = children === undefined;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      aria-label={iconOnly ? (loading ? `${label}, ${loadingLabel}` : label) : rest['aria-label']}
      aria-busy={loading || undefined}
      aria-disabled={loading || rest['aria-disabled']}
      onClick={handleClick}
      className={cx(button({ variant, size, iconOnly }), focusRing, motion, className)}
    >
      {loading ? (
        <span aria-hidden="true" className={spinner} />
      ) : (
        icon && (
          <span aria-hidden="true" className={iconStyle}>
            {icon}
          </span>
        )
      )}
      {children}
      {loading && !iconOnly && <span className={visuallyHidden}>, {loadingLabel}</span>}
    </button>
  );
}
