import type { ComponentExample } from '../../internal/types.js';
import type { SkipLinkProps } from './SkipLink.js';

export const skipLinkExamples: ReadonlyArray<ComponentExample<SkipLinkProps>> = [
  { name: 'Default', description: 'Visible only when focused: press Tab.', props: {} },
  { name: 'Custom target', props: { targetId: 'agenda', children: 'Aller à l’agenda' } },
];
