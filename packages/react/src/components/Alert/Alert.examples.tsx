import type { ComponentExample } from '../../internal/types.js';
import type { AlertProps } from './Alert.js';

export const alertExamples: ReadonlyArray<ComponentExample<AlertProps>> = [
  {
    name: 'Info',
    props: { tone: 'info', title: 'Inscriptions ouvertes', children: 'Jusqu’au 1er mars.' },
  },
  { name: 'Success', props: { tone: 'success', title: 'Inscription enregistrée' } },
  {
    name: 'Warning',
    props: { tone: 'warning', title: 'Places limitées', children: 'Il reste 12 places.' },
  },
  {
    name: 'Danger, live',
    description: 'Shown after an action: announced at once (role="alert").',
    props: { tone: 'danger', live: 'assertive', title: 'L’envoi a échoué', children: 'Réessayez.' },
  },
  { name: 'Without title', props: { children: 'Le programme détaillé est disponible sur demande.' } },
];
