import { themes } from '@blason/theme/sample';
import { render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrandProvider } from '../src/components/BrandProvider/BrandProvider.js';
import { Button } from '../src/components/Button/Button.js';
import { brandCss } from './brand-css.js';

const custom = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(name).trim();

const probe = { renders: 0 };
function Probe() {
  probe.renders += 1;
  return <Button>Envoyer</Button>;
}

let style: HTMLStyleElement;
beforeAll(() => {
  style = document.createElement('style');
  style.textContent = brandCss();
  document.head.append(style);
});
afterAll(() => style.remove());

describe('theming with the built brand CSS', () => {
  it('re-themes when data-partner changes, with no React render', () => {
    probe.renders = 0;
    render(
      <BrandProvider partner="capso" data-testid="theme">
        <Probe />
      </BrandProvider>,
    );
    const theme = screen.getByTestId('theme');
    const capso = custom(theme, '--blason-color-accent-default');
    expect(capso.toLowerCase()).toBe(themes.capso.light.color.accent.default.toLowerCase());

    theme.setAttribute('data-partner', 'office-tourisme');
    const tourisme = custom(theme, '--blason-color-accent-default');
    expect(tourisme.toLowerCase()).toBe(themes['office-tourisme'].light.color.accent.default.toLowerCase());
    expect(tourisme).not.toBe(capso);
    expect(probe.renders).toBe(1);
  });

  it('re-themes when data-mode changes', () => {
    render(
      <BrandProvider partner="capso" data-testid="theme">
        Texte
      </BrandProvider>,
    );
    const theme = screen.getByTestId('theme');
    const light = custom(theme, '--blason-color-surface-default');
    theme.setAttribute('data-mode', 'dark');
    const dark = custom(theme, '--blason-color-surface-default');
    expect(dark.toLowerCase()).toBe(themes.capso.dark.color.surface.default.toLowerCase());
    expect(dark).not.toBe(light);
  });
});
