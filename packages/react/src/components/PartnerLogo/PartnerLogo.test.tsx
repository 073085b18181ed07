import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { samplePartners } from '../../internal/sample.js';
import { partnerLogoExamples } from './PartnerLogo.examples.js';
import { PartnerLogo } from './PartnerLogo.js';

describe('PartnerLogo', () => {
  it('names a logo image with the official partner name', () => {
    render(<PartnerLogo partner={samplePartners.capso} src="/logo.svg" />);
    expect(
      screen.getByRole('img', { name: 'Communauté d’agglomération du Pays de Saint-Omer' }),
    ).toHaveAttribute('src', '/logo.svg');
  });

  it('shows the short name as a wordmark and reads the official name', () => {
    const { container } = render(<PartnerLogo partner={samplePartners.capso} />);
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('CAPSO');
    expect(screen.getByText('Communauté d’agglomération du Pays de Saint-Omer')).toBeInTheDocument();
  });

  it.each(partnerLogoExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<PartnerLogo {...props} />);
  });
});
