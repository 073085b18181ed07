import { formatSpec, type TemplateLayout, type TextBox } from '@blason/templates';
import { describe, expect, test } from 'vitest';
import { testDeps } from '../support/deps.js';

/**
 * The layout grid: in every template × format × partner of the sample brand, text starts on the
 * left margin of the safe area, and the lockup's ink (not its clear space) shares an edge with a
 * text block — on stacked formats, the left margin itself. Checked on the layout geometry the
 * scenes produce, with the real tokens.
 */
const deps = await testDeps();
const isLockupText = (box: TextBox) => box.field.startsWith('lockup.') || box.field.startsWith('cosigners[');

function gridFaults(layout: TemplateLayout): string[] {
  const faults: string[] = [];
  const blocks = layout.text.filter((box) => !isLockupText(box));
  const margin = layout.safeArea.x;
  const leftmost = Math.min(...blocks.map((box) => box.x));
  if (leftmost !== margin) faults.push(`text starts at x ${leftmost}, the margin is at x ${margin}`);
  const ink = layout.graphics.lockup;
  if (!ink) return [...faults, 'no lockup'];
  const sharesLeft = blocks.some((box) => box.x === ink.x);
  const sharesRight = blocks.some((box) => box.x + box.width === ink.x + ink.width);
  if (!sharesLeft && !sharesRight)
    faults.push(`the lockup's ink (x ${ink.x}) shares no edge with a text block`);
  if (layout.composition !== 'landscape' && ink.x !== margin) {
    faults.push(`the lockup's ink starts at x ${ink.x}, off the margin at x ${margin}`);
  }
  return faults;
}

const cases = Object.values(deps.templates).flatMap((template) =>
  deps.formatIds.map((format) => ({ template, format })),
);

describe.each(cases)('grid of $template.id × $format', ({ template, format }) => {
  test('text and the lockup’s ink share the margin, for every partner', () => {
    const faults = deps.brand.partners.flatMap((partner) => {
      const mode = format.startsWith('poster') ? 'print' : 'light';
      const theme = deps.brand.theme(partner.id, mode);
      const spec = formatSpec(theme, format as Parameters<typeof formatSpec>[1]);
      const layout = template.layout(spec, theme, template.example, partner, deps.brandName);
      return gridFaults(layout).map((fault) => `${partner.id}: ${fault}`);
    });
    expect(faults).toEqual([]);
  });
});
