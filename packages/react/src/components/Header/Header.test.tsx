import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { sampleBrand, samplePartners } from '../../internal/sample.js';
import { headerExamples } from './Header.examples.js';
import { Header } from './Header.js';

describe('Header', () => {
  it('is the banner, with the co-branding lockup linking home and a named navigation', () => {
    render(
      <Header
        brand={sampleBrand}
        partner={samplePartners.capso}
        navigation={[
          { label: 'Agenda', href: '/agenda', current: true },
          { label: 'Entreprendre', href: '/entreprendre' },
        ]}
      />,
    );
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: /accueil$/ })).toHaveAttribute('href', '/');
    const nav = within(banner).getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Entreprendre' })).not.toHaveAttribute('aria-current');
  });

  it('carries the lockup spacing classes driven by the lockup tokens', () => {
    render(<Header brand={sampleBrand} partner={samplePartners.capso} />);
    expect(screen.getByRole('link', { name: /accueil$/ })).toHaveAttribute('data-lockup');
  });

  it.each(headerExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Header {...props} />);
  });
});
