import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { sampleBrand, samplePartners } from '../../internal/sample.js';
import { footerExamples } from './Footer.examples.js';
import { Footer } from './Footer.js';

describe('Footer', () => {
  it('is the contentinfo with the lockup, the contact line, the website and named links', () => {
    render(
      <Footer
        brand={sampleBrand}
        partner={samplePartners.capso}
        links={[{ label: 'Mentions légales', href: '/mentions-legales' }]}
      />,
    );
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(/62219 Longuenesse/).tagName).toBe('ADDRESS');
    expect(within(footer).getByRole('link', { name: 'www.capso.example' })).toHaveAttribute(
      'href',
      'https://www.capso.example',
    );
    const nav = within(footer).getByRole('navigation', { name: 'Liens utiles' });
    expect(within(nav).getByRole('link', { name: 'Mentions légales' })).toBeInTheDocument();
    expect(footer.querySelector('[data-lockup]')).toHaveTextContent(/^Pays de Saint-Omer/);
  });

  it.each(footerExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Footer {...props} />);
  });
});
