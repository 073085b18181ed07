import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { cardExamples } from './Card.examples.js';
import { Card } from './Card.js';

describe('Card', () => {
  it('is an article whose title heading is at the level asked for', () => {
    render(<Card title="Ateliers" headingLevel={2} />);
    expect(screen.getByRole('article')).toContainElement(screen.getByRole('heading', { level: 2 }));
  });

  it('turns the title into the link of the card', () => {
    render(<Card title="Ateliers" href="/ateliers" />);
    expect(screen.getByRole('link', { name: 'Ateliers' })).toHaveAttribute('href', '/ateliers');
  });

  it('renders the image with its alternative text', () => {
    render(<Card title="Marais" image={{ src: '/marais.jpg', alt: 'Le marais' }} />);
    expect(screen.getByRole('img', { name: 'Le marais' })).toBeInTheDocument();
  });

  it.each(cardExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Card {...props} />);
  });
});
