import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { quoteExamples } from './Quote.examples.js';
import { Quote } from './Quote.js';

describe('Quote', () => {
  it('wraps the words in French guillemets with no-break spaces and credits the author', () => {
    render(
      <Quote author="Claire Dumont" authorRole="élue">
        Voir loin
      </Quote>,
    );
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('blockquote')?.textContent).toBe('«\u00a0Voir loin\u00a0»');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Claire Dumont, élue');
  });

  it('says so when the testimony is anonymous', () => {
    render(<Quote>Voir loin</Quote>);
    expect(screen.getByText('Témoignage anonyme').tagName).toBe('FIGCAPTION');
  });

  it.each(quoteExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Quote {...props} />);
  });
});
