import { useId } from 'react';
import { partners, screenModes } from './brand.js';

export interface ThemeSwitcherProps {
  readonly partner: string;
  readonly mode: string;
  readonly onChange: (theme: { partner: string; mode: string }) => void;
}

/** Chooses the partner and the mode of the page (the partners and modes of the tokens build). */
export function ThemeSwitcher({ partner, mode, onChange }: ThemeSwitcherProps) {
  const id = useId();
  return (
    <form aria-label="Apparence de la page">
      <label htmlFor={`${id}-partner`}>Partenaire </label>
      <select
        id={`${id}-partner`}
        value={partner}
        onChange={(event) => onChange({ partner: event.target.value, mode })}
      >
        {partners.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.shortName ?? entry.name}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-mode`}>Mode </label>
      <select
        id={`${id}-mode`}
        value={mode}
        onChange={(event) => onChange({ partner, mode: event.target.value })}
      >
        {screenModes.map((entry) => (
          <option key={entry}>{entry}</option>
        ))}
      </select>
    </form>
  );
}
