import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { eventCardExamples } from './EventCard.examples.js';
import { EventCard } from './EventCard.js';

const times = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('time')).map((time) => [time.textContent, time.dateTime]);

describe('EventCard', () => {
  it('writes the date and the times the French way, each in a <time> with a machine value', () => {
    const { container } = render(
      <EventCard
        title="Atelier"
        start="2026-03-14T18:30:00+01:00"
        end="2026-03-14T20:00:00+01:00"
        place="Saint-Omer"
      />,
    );
    expect(times(container)).toEqual([
      ['samedi 14 mars 2026', '2026-03-14'],
      ['18\u00a0h\u00a030', '2026-03-14T17:30:00.000Z'],
      ['20\u00a0h', '2026-03-14T19:00:00.000Z'],
    ]);
    expect(container.querySelector('dl')?.textContent).toContain('de 18\u00a0h\u00a030 à 20\u00a0h');
  });

  it('shows the calendar date of the event’s time zone, not the reader’s', () => {
    const { container } = render(
      <EventCard title="Soirée" start="2026-06-30T23:30:00+02:00" timeZone="Europe/Paris" place="Lumbres" />,
    );
    expect(times(container)[0]).toEqual(['mardi 30 juin 2026', '2026-06-30']);
  });

  it('shows a date range without times for a multi-day event', () => {
    const { container } = render(
      <EventCard title="Formation" start="2026-04-02" end="2026-04-03" allDay place="Longuenesse" />,
    );
    expect(times(container).map(([text]) => text)).toEqual(['jeudi 2 avril 2026', 'vendredi 3 avril 2026']);
    expect(screen.queryByText('Horaire')).toBeNull();
  });

  it('names the registration link after the event so several cards stay distinguishable', () => {
    render(
      <EventCard
        title="Atelier"
        start="2026-03-14T18:30:00+01:00"
        place="Saint-Omer"
        registration={{ href: '/i' }}
      />,
    );
    expect(screen.getByRole('link', { name: 'S’inscrire : Atelier' })).toHaveAttribute('href', '/i');
  });

  it('lists date, time and place as terms and definitions', () => {
    render(<EventCard title="Atelier" start="2026-03-14T18:30:00+01:00" place="Saint-Omer" />);
    const terms = within(screen.getByRole('article')).getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual(['Date', 'Horaire', 'Lieu']);
  });

  it('throws a clear error for a date it cannot read', () => {
    expect(() => render(<EventCard title="Atelier" start="14/03/2026" place="Saint-Omer" />)).toThrow(
      /<EventCard> start: "14\/03\/2026" is not a date \(expected a Date or an ISO 8601 string/,
    );
  });

  it.each(eventCardExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<EventCard {...props} />);
  });
});
