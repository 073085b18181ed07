import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { inlineExamples } from './Inline.examples.js';
import { Inline } from './Inline.js';

describe('Inline', () => {
  it('keeps list semantics when rendered as a list', () => {
    render(
      <Inline as="ul">
        <li>Saint-Omer</li>
        <li>Lumbres</li>
      </Inline>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('styles wrapping and alignment with different classes', () => {
    const { container } = render(
      <>
        <Inline />
        <Inline wrap={false} justify="space-between" />
      </>,
    );
    const [first, second] = Array.from(container.children);
    expect(first?.className).not.toEqual(second?.className);
  });

  it.each(inlineExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Inline {...props} />);
  });
});
