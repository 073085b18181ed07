import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { sampleBrand, samplePartners } from '../../internal/sample.js';
import { coBrandingLockupExamples } from './CoBrandingLockup.examples.js';
import { CoBrandingLockup } from './CoBrandingLockup.js';

describe('CoBrandingLockup', () => {
  it('shows the shared brand, a divider and the partner name on its lockup lines', () => {
    const { container } = render(<CoBrandingLockup brand={sampleBrand} partner={samplePartners.capso} />);
    const visibleLines = Array.from(container.querySelectorAll('[aria-hidden="true"]'))
      .map((node) => node.textContent)
      .filter(Boolean);
    expect(visibleLines).toEqual(['Communauté d’agglomération', 'du Pays de Saint-Omer']);
    expect(container.textContent).toContain('Pays de Saint-Omer');
  });

  it('reads the official partner name once, not line by line', () => {
    render(<CoBrandingLockup brand={sampleBrand} partner={samplePartners.capso} href="/" />);
    expect(
      screen.getByRole('link', {
        name: 'Pays de Saint-Omer Communauté d’agglomération du Pays de Saint-Omer – accueil',
      }),
    ).toHaveAttribute('href', '/');
  });

  it('shows the shared brand alone for the brand itself', () => {
    const { container } = render(
      <CoBrandingLockup brand={sampleBrand} partner={samplePartners.territoire} />,
    );
    expect(container.textContent).toBe('Pays de Saint-Omer');
  });

  it.each(coBrandingLockupExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<CoBrandingLockup {...props} />);
  });
});
