import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { keyFigureExamples } from './KeyFigure.examples.js';
import { KeyFigure } from './KeyFigure.js';

describe('KeyFigure', () => {
  it('groups thousands with a narrow no-break space and keeps the unit on the same line', () => {
    render(<KeyFigure value={52560} unit="heures" label="de mandat" />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')).toHaveTextContent('de mandat');
    expect(figure.querySelector('p')?.textContent).toBe('52\u202f560\u00a0heures');
    expect(figure.querySelector('data')).toHaveAttribute('value', '52560');
  });

  it('writes decimals with a comma', () => {
    render(<KeyFigure value={3.5} unit="%" label="de croissance" />);
    expect(screen.getByText('3,5')).toBeInTheDocument();
  });

  it('writes a year without grouping its digits when asked', () => {
    render(<KeyFigure value={2017} useGrouping={false} label="création" />);
    expect(screen.getByRole('figure').querySelector('data')?.textContent).toBe('2017');
  });

  it.each([
    ['a string', '2 190'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('throws a clear error for %s', (_, value) => {
    expect(() => render(<KeyFigure value={value as number} label="jours" />)).toThrow(
      /<KeyFigure> value: .* is not a number \(expected a finite number/,
    );
  });

  it('rejects a string value in the types', () => {
    // @ts-expect-error value must be a number
    const element = <KeyFigure value="2 190" label="jours" />;
    expect(element.props.value).toBe('2 190');
  });

  it.each(keyFigureExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<KeyFigure {...props} />);
  });
});
