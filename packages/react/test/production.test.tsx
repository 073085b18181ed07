import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventCard } from '../src/components/EventCard/EventCard.js';
import { Heading, type HeadingLevel } from '../src/components/Heading/Heading.js';
import { KeyFigure } from '../src/components/KeyFigure/KeyFigure.js';
import { ThematicBadge } from '../src/components/ThematicBadge/ThematicBadge.js';
import type { Axis } from '../src/theme/types.js';

// Bad props throw in development (see each component's tests); a production page must not crash.
beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('bad props in production', () => {
  it('renders a heading out of range as a level 2 heading', () => {
    render(<Heading level={9 as HeadingLevel}>Titre</Heading>);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Titre');
  });

  it('renders a badge of an unknown axis as its label, without pictogram', () => {
    const { container } = render(<ThematicBadge axis={'sport' as Axis} label="Sport" />);
    expect(screen.getByText('Sport')).toBeInTheDocument();
    expect(container.querySelector('svg')).toBeNull();
  });

  it('leaves out a key figure that is not a number', () => {
    const { container } = render(<KeyFigure value={'2 190' as unknown as number} label="jours" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('leaves out the date of an event it cannot read but keeps the rest', () => {
    render(<EventCard title="Atelier" start="14/03/2026" place="Saint-Omer" />);
    expect(screen.getByRole('heading', { name: 'Atelier' })).toBeInTheDocument();
    expect(screen.queryByText('Date')).toBeNull();
    expect(screen.getByText('Saint-Omer')).toBeInTheDocument();
  });
});
