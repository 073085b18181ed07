import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { vars } from '../../theme/contract.js';
import type { Axis } from '../../theme/types.js';
import { pictograms } from './pictograms.js';
import { sampleAxes, thematicBadgeExamples } from './ThematicBadge.examples.js';
import { ThematicBadge } from './ThematicBadge.js';

describe('ThematicBadge', () => {
  it('shows the axis name as text, so colour is never the only cue', () => {
    render(<ThematicBadge axis="culture" label="Culture" />);
    expect(screen.getByText('Culture')).toHaveAttribute('data-axis', 'culture');
  });

  it('gives every axis its own colours', () => {
    const { container } = render(
      sampleAxes.map(({ axis, label }) => <ThematicBadge key={axis} axis={axis} label={label} />),
    );
    const classes = Array.from(container.children).map((badge) => badge.className);
    expect(new Set(classes).size).toBe(sampleAxes.length);
    expect(sampleAxes.length).toBeGreaterThan(1);
  });

  it('has a pictogram for every axis of the contract', () => {
    expect(Object.keys(pictograms).sort()).toEqual(Object.keys(vars.color.axis).sort());
  });

  it('inlines the pictogram as decoration: no title, no role, no id that could repeat', () => {
    const { container } = render(
      <>
        <ThematicBadge axis="tourisme" label="Tourisme" />
        <ThematicBadge axis="tourisme" label="Tourisme" tone="subtle" />
      </>,
    );
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg.querySelector('title')).toBeNull();
      expect(svg.hasAttribute('role') || svg.hasAttribute('id')).toBe(false);
    }
    expect(screen.getAllByText('Tourisme')).toHaveLength(2);
  });

  it('throws a clear error for an unknown axis', () => {
    expect(() => render(<ThematicBadge axis={'sport' as Axis} label="Sport" />)).toThrow(
      /<ThematicBadge> axis: "sport" is not a thematic axis of the brand \(expected one of economie, .*vie-quotidienne\)/,
    );
  });

  it('rejects an unknown axis in the types', () => {
    // @ts-expect-error 'sport' is not an Axis
    const element = <ThematicBadge axis="sport" label="Sport" />;
    expect(element.props.axis).toBe('sport');
  });

  it.each(thematicBadgeExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<ThematicBadge {...props} />);
  });
});
