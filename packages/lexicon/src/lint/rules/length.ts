import type { Channel, Policy } from '../../schema.js';
import type { RawFinding } from '../finding.js';
import { q } from '../quote.js';

let segmenter: Intl.Segmenter | undefined;

/** Offsets (UTF-16) where each user-perceived character starts. */
function graphemeStarts(text: string): number[] {
  segmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (segment) => segment.index);
}

export function budgetFor(
  budgets: Policy['budgets'],
  field: string | undefined,
  channel: Channel | undefined,
): number | undefined {
  if (!field || !budgets) return undefined;
  // `items[2].label` is budgeted as `label`.
  const name = field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop();
  const forField = budgets.filter((budget) => budget.field === name);
  const specific = channel ? forField.find((budget) => budget.channels?.includes(channel)) : undefined;
  return (specific ?? forField.find((budget) => !budget.channels))?.maxLength;
}

/** A text destined for a template field must fit its budget; the overflowing part is reported. */
export function lintLength(
  text: string,
  maxLength: number | undefined,
  field: string | undefined,
): RawFinding[] {
  if (maxLength === undefined || text.length <= maxLength) return [];
  const starts = graphemeStarts(text);
  if (starts.length <= maxLength) return [];
  const overflowStart = starts[maxLength] ?? text.length;
  const excess = starts.length - maxLength;
  const label = field ? `Le champ ${q(field)}` : 'Le texte';
  return [
    {
      ruleId: 'length/budget',
      severity: 'error',
      start: overflowStart,
      end: text.length,
      fixable: false,
      message: `${label} compte ${starts.length}\u00A0caractères pour ${maxLength} au plus\u00A0: raccourcir de ${excess}\u00A0caractère${excess > 1 ? 's' : ''}.`,
    },
  ];
}
