import type { ComponentExample } from '../../internal/types.js';
import type { ThematicBadgeProps } from './ThematicBadge.js';

/** French names of the sample brand's axes (tokens/axes/axes.json). */
export const sampleAxisLabels = {
  economie: 'Économie',
  innovation: 'Innovation',
  culture: 'Culture',
  tourisme: 'Tourisme',
  commerce: 'Commerce',
  'vie-quotidienne': 'Vie quotidienne',
} as const;

export const thematicBadgeExamples: ReadonlyArray<ComponentExample<ThematicBadgeProps>> = Object.entries(
  sampleAxisLabels,
).flatMap(([axis, label]) => [
  { name: `${label}`, props: { axis: axis as ThematicBadgeProps['axis'], label } },
  { name: `${label}, subtle`, props: { axis: axis as ThematicBadgeProps['axis'], label, tone: 'subtle' } },
]);
