import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/a11y.js';
import { brandProviderExamples } from './BrandProvider.examples.js';
import { BrandProvider } from './BrandProvider.js';

describe('BrandProvider', () => {
  it('only sets data-partner and data-mode (light by default): the CSS does the theming', () => {
    render(
      <BrandProvider partner="capso" data-testid="theme">
        Texte
      </BrandProvider>,
    );
    const theme = screen.getByTestId('theme');
    expect(theme).toHaveAttribute('data-partner', 'capso');
    expect(theme).toHaveAttribute('data-mode', 'light');
    expect(theme).not.toHaveAttribute('style');
  });

  it('can be the body or any element', () => {
    render(
      <BrandProvider as="section" partner="capso" mode="dark" aria-label="Zone CAPSO">
        Texte
      </BrandProvider>,
    );
    expect(screen.getByRole('region', { name: 'Zone CAPSO' })).toHaveAttribute('data-mode', 'dark');
  });

  it.each(brandProviderExamples)('has no axe violation: $name', async ({ props }) => {
    const { container } = render(<BrandProvider {...props} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
