import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { linkExamples } from './Link.examples.js';
import { Link } from './Link.js';

describe('Link', () => {
  it('names an external link with its new-window warning and isolates the opener', () => {
    render(
      <Link href="https://example.org" external>
        Site partenaire
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Site partenaire (nouvelle fenêtre)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('is reachable with the keyboard', async () => {
    render(<Link href="/agenda">Agenda</Link>);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Agenda' })).toHaveFocus();
  });

  it.each(linkExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Link {...props} />);
  });
});
