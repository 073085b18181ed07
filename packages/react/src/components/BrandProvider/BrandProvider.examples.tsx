import type { ComponentExample } from '../../internal/types.js';
import { Text } from '../Text/Text.js';
import type { BrandProviderProps } from './BrandProvider.js';

export const brandProviderExamples: ReadonlyArray<ComponentExample<BrandProviderProps>> = [
  { name: 'CAPSO, light', props: { partner: 'capso', children: <Text>Thème CAPSO, mode clair</Text> } },
  {
    name: 'Office de tourisme, high contrast',
    props: { partner: 'office-tourisme', mode: 'high-contrast', children: <Text>Contraste élevé</Text> },
  },
];
