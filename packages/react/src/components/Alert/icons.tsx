import type { AlertTone } from './Alert.js';

/**
 * One shape per tone (circle "i", check, triangle "!", octagon "×"), so the tone is never told by
 * colour alone; the tone's name is also announced as text.
 */
const paths: Record<AlertTone, string> = {
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v2h-2Zm0 4h2v6h-2Z',
  success: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.2-4.5-4.5 1.4-1.4 3.1 3.1 6-6 1.4 1.4Z',
  warning: 'M12 2 1 21h22Zm-1 7h2v6h-2Zm0 8h2v2h-2Z',
  danger:
    'M8 2h8l6 6v8l-6 6H8l-6-6V8Zm.9 5.5-1.4 1.4 3.1 3.1-3.1 3.1 1.4 1.4 3.1-3.1 3.1 3.1 1.4-1.4-3.1-3.1 3.1-3.1-1.4-1.4-3.1 3.1Z',
};

export function AlertIcon({ tone, className }: { tone: AlertTone; className: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true" focusable="false">
      <path d={paths[tone]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
