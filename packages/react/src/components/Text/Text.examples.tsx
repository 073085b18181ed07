import type { ComponentExample } from '../../internal/types.js';
import type { TextProps } from './Text.js';

const sentence = 'Une identité commune et transversale, portée ensemble par les acteurs du territoire.';

export const textExamples: ReadonlyArray<ComponentExample<TextProps>> = [
  { name: 'Body', props: { children: sentence } },
  { name: 'Lead', props: { variant: 'lead', children: sentence } },
  { name: 'Small, muted', props: { variant: 'bodySmall', tone: 'muted', children: sentence } },
  { name: 'Caption', props: { variant: 'caption', as: 'span', children: 'Photo : office de tourisme' } },
  { name: 'Label', props: { variant: 'label', as: 'span', children: 'Économie' } },
  { name: 'Bold', props: { weight: 'bold', as: 'strong', children: 'Inscription gratuite et obligatoire.' } },
];
