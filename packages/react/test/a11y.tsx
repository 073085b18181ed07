import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { BrandProvider } from '../src/components/BrandProvider/BrandProvider.js';
import type { Mode, PartnerId } from '../src/theme/types.js';

/** Two partners with different accents, in the two screen modes the issue asks for. */
export const themes: ReadonlyArray<{ partner: PartnerId; mode: Mode }> = [
  { partner: 'capso', mode: 'light' },
  { partner: 'capso', mode: 'high-contrast' },
  { partner: 'office-tourisme', mode: 'light' },
  { partner: 'office-tourisme', mode: 'high-contrast' },
];

/**
 * WCAG 2.1 A/AA rules of axe-core. jsdom does no layout and computes no colours, so axe's
 * `color-contrast` rule cannot run here: contrast is gated by the tokens build on every declared pair
 * and by axe in real Chromium (Storybook). Page-level rules (one `main`, regions) don't apply to a
 * component rendered alone.
 */
const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: {
    'color-contrast': { enabled: false },
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
    'heading-order': { enabled: false },
  },
};

export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, axeOptions);
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Renders `ui` under each partner × mode and expects no axe violation in any of them. */
export async function expectAccessibleInEveryTheme(ui: ReactElement): Promise<void> {
  for (const { partner, mode } of themes) {
    const { container, unmount } = render(
      <BrandProvider partner={partner} mode={mode}>
        {ui}
      </BrandProvider>,
    );
    const theme = container.firstElementChild;
    expect(theme).toHaveAttribute('data-partner', partner);
    expect(theme).toHaveAttribute('data-mode', mode);
    expect(await axeViolations(container), `${partner} × ${mode}`).toEqual([]);
    unmount();
  }
}
