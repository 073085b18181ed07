import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { DEFAULT_TIME_ZONE } from '../../internal/format.js';
import { focusRing, motion, visuallyHidden } from '../../styles/a11y.css.js';
import { button } from '../Button/Button.css.js';
import { card } from '../Card/Card.css.js';
import { Heading, type HeadingLevel } from '../Heading/Heading.js';
import { definition, details, registration as registrationStyle, term } from './EventCard.css.js';
import { type DateInput, describeWhen } from './when.js';

export interface EventCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  readonly title: string;
  readonly headingLevel?: HeadingLevel;
  /** Start of the event: a Date or an ISO 8601 string with its offset. */
  readonly start: DateInput;
  readonly end?: DateInput;
  /** Show only the date(s), no time. */
  readonly allDay?: boolean;
  /** IANA time zone the event happens in. */
  readonly timeZone?: string;
  readonly place: ReactNode;
  readonly registration?: { readonly href: string; readonly label?: string };
  /** Above the title, e.g. a ThematicBadge. */
  readonly eyebrow?: ReactNode;
  readonly children?: ReactNode;
  /** Labels of the details list. */
  readonly labels?: { readonly date?: string; readonly time?: string; readonly place?: string };
}

type Moment = { readonly text: string; readonly dateTime: string };
const Time = ({ moment }: { moment: Moment }) => <time dateTime={moment.dateTime}>{moment.text}</time>;

/** An event or training day: title, date and time in `<time>` elements, place, registration link. */
export function EventCard({
  title,
  headingLevel = 3,
  start,
  end,
  allDay = false,
  timeZone = DEFAULT_TIME_ZONE,
  place,
  registration,
  eyebrow,
  children,
  labels = {},
  className,
  ...rest
}: EventCardProps) {
  const when = describeWhen(start, end, allDay, timeZone);
  return (
    <article {...rest} className={cx(card, className)}>
      {eyebrow && <div>{eyebrow}</div>}
      <Heading level={headingLevel} size="subtitle">
        {title}
      </Heading>
      <dl className={details}>
        {when && (
          <>
            <dt className={term}>{labels.date ?? 'Date'}</dt>
            <dd className={definition}>
              {when.end ? (
                <>
                  du <Time moment={when.date} /> au <Time moment={when.end} />
                </>
              ) : (
                <Time moment={when.date} />
              )}
            </dd>
          </>
        )}
        {when?.time && (
          <>
            <dt className={term}>{labels.time ?? 'Horaire'}</dt>
            <dd className={definition}>
              {when.endTime ? (
                <>
                  de <Time moment={when.time} /> à <Time moment={when.endTime} />
                </>
              ) : (
                <Time moment={when.time} />
              )}
            </dd>
          </>
        )}
        <dt className={term}>{labels.place ?? 'Lieu'}</dt>
        <dd className={definition}>{place}</dd>
      </dl>
      {children}
      {registration && (
        <a
          href={registration.href}
          className={cx(button({ variant: 'primary', size: 'md' }), focusRing, motion, registrationStyle)}
        >
          {registration.label ?? 'S’inscrire'} <span className={visuallyHidden}>: {title}</span>
        </a>
      )}
    </article>
  );
}
