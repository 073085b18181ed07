import { axes } from '@blason/theme/sample';
import type { ComponentExample } from '../../internal/types.js';
import type { Axis } from '../../theme/types.js';
import type { ThematicBadgeProps } from './ThematicBadge.js';

/** The sample brand's axes with their French labels (tokens/axes/axes.json, via the tokens build). */
export const sampleAxes = axes.map(({ id, label }) => ({ axis: id as Axis, label }));

export const thematicBadgeExamples: ReadonlyArray<ComponentExample<ThematicBadgeProps>> = sampleAxes.flatMap(
  ({ axis, label }) => [
    { name: label, props: { axis, label } },
    { name: `${label}, subtle`, props: { axis, label, tone: 'subtle' as const } },
  ],
);
