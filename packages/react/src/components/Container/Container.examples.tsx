import type { ComponentExample } from '../../internal/types.js';
import { Text } from '../Text/Text.js';
import type { ContainerProps } from './Container.js';

const text = <Text>Une identité commune et transversale, portée par tous les partenaires.</Text>;

export const containerExamples: ReadonlyArray<ComponentExample<ContainerProps>> = [
  { name: 'Default', props: { children: text } },
  { name: 'Narrow, for reading', props: { width: 'narrow', children: text } },
  { name: 'Wide', props: { width: 'wide', children: text } },
];
