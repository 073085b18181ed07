import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { headingExamples } from './Heading.examples.js';
import { Heading, type HeadingLevel } from './Heading.js';

describe('Heading', () => {
  it.each([1, 2, 3, 4, 5, 6] as const)('renders level %i as h%i', (level) => {
    render(<Heading level={level}>Titre</Heading>);
    expect(screen.getByRole('heading', { level })).toHaveTextContent('Titre');
  });

  it('keeps the outline level when the visual size changes', () => {
    render(
      <>
        <Heading level={2} size="display">
          Grand
        </Heading>
        <Heading level={2}>Normal</Heading>
      </>,
    );
    const [big, normal] = screen.getAllByRole('heading', { level: 2 });
    expect(big?.className).not.toEqual(normal?.className);
  });

  it.each([0, 7, 2.5])('throws a clear error for level %s', (level) => {
    expect(() => render(<Heading level={level as HeadingLevel}>Titre</Heading>)).toThrow(
      /<Heading> level: .* is not a heading level \(expected an integer from 1 to 6\)/,
    );
  });

  it('rejects an out-of-range level in the types', () => {
    // @ts-expect-error 7 is not a HeadingLevel
    const element = <Heading level={7}>Titre</Heading>;
    expect(element.props.level).toBe(7);
  });

  it.each(headingExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Heading {...props} />);
  });
});
