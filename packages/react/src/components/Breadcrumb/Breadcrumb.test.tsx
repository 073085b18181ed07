import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { breadcrumbExamples } from './Breadcrumb.examples.js';
import { Breadcrumb } from './Breadcrumb.js';

describe('Breadcrumb', () => {
  it('is a named navigation with links to the ancestors and the current page last', () => {
    render(
      <Breadcrumb
        items={[{ label: 'Accueil', href: '/' }, { label: 'Agenda', href: '/agenda' }, { label: 'Atelier' }]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Fil d’Ariane' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Accueil', 'Agenda']);
    expect(within(nav).getByText('Atelier')).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
  });

  it.each(breadcrumbExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Breadcrumb {...props} />);
  });
});
