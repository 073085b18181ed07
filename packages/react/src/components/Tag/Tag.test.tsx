import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { tagExamples } from './Tag.examples.js';
import { Tag } from './Tag.js';

describe('Tag', () => {
  it('is plain text without href and a link with one', () => {
    render(
      <>
        <Tag>Atelier</Tag>
        <Tag href="/ateliers">Ateliers</Tag>
      </>,
    );
    expect(screen.getByText('Atelier').tagName).toBe('SPAN');
    expect(screen.getByRole('link', { name: 'Ateliers' })).toHaveAttribute('href', '/ateliers');
  });

  it.each(tagExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Tag {...props} />);
  });
});
