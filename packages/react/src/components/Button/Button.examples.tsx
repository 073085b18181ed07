import type { ComponentExample } from '../../internal/types.js';
import type { ButtonProps } from './Button.js';

const plus = (
  <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
    <path d="M7 2h2v5h5v2H9v5H7V9H2V7h5z" fill="currentColor" />
  </svg>
);

export const buttonExamples: ReadonlyArray<ComponentExample<ButtonProps>> = [
  { name: 'Primary', props: { variant: 'primary', children: 'S’inscrire' } },
  { name: 'Secondary', props: { variant: 'secondary', children: 'Télécharger le programme' } },
  { name: 'Tertiary', props: { variant: 'tertiary', children: 'Annuler' } },
  { name: 'Small', props: { size: 'sm', children: 'Filtrer' } },
  { name: 'Large', props: { size: 'lg', children: 'Rejoindre le réseau' } },
  { name: 'Disabled', props: { disabled: true, children: 'Complet' } },
  {
    name: 'Loading',
    description: 'aria-busy, keeps focus, announces the loading label.',
    props: { loading: true, children: 'Envoyer' },
  },
  { name: 'With icon', props: { icon: plus, variant: 'secondary', children: 'Ajouter un atelier' } },
  {
    name: 'Icon only',
    description: 'The label becomes the accessible name.',
    props: { icon: plus, label: 'Ajouter un atelier' },
  },
  {
    name: 'Icon only, loading',
    description: 'The loading label is added to the accessible name.',
    props: { icon: plus, label: 'Ajouter un atelier', loading: true },
  },
  { name: 'Secondary, disabled', props: { variant: 'secondary', disabled: true, children: 'Complet' } },
  { name: 'Tertiary, loading', props: { variant: 'tertiary', loading: true, children: 'Actualiser' } },
];
