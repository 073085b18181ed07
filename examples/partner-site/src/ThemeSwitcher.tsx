import { useId } from 'react';

const partners = [
  'territoire',
  'capso',
  'pays-de-lumbres',
  'agence-eco',
  'office-tourisme',
  'agence-urbanisme',
];
const modes = ['light', 'dark', 'high-contrast'];

/**
 * Re-themes the page by setting `data-partner` / `data-mode` on `<html>`: the CSS variables change,
 * React renders nothing.
 */
export function ThemeSwitcher() {
  const id = useId();
  const root = document.documentElement;
  return (
    <form aria-label="Apparence de la page">
      <label htmlFor={`${id}-partner`}>Partenaire </label>
      <select
        id={`${id}-partner`}
        defaultValue={root.dataset.partner}
        onChange={(event) => {
          root.dataset.partner = event.target.value;
        }}
      >
        {partners.map((partner) => (
          <option key={partner}>{partner}</option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-mode`}>Mode </label>
      <select
        id={`${id}-mode`}
        defaultValue={root.dataset.mode}
        onChange={(event) => {
          root.dataset.mode = event.target.value;
        }}
      >
        {modes.map((mode) => (
          <option key={mode}>{mode}</option>
        ))}
      </select>
    </form>
  );
}
