import { describe, expect, it } from 'vitest';
import { formatSpec } from '../format.js';
import { brandNameOf } from '../lockup/place.js';
import { templates } from '../registry.js';
import { fitLayout } from '../test-support/fit.js';
import { fixturePartners, fixtureTheme } from '../test-support/fixture.js';
import type { TextBox } from '../types.js';

const brandName = brandNameOf(fixturePartners);
const capso = fixturePartners.find((p) => p.id === 'capso') as (typeof fixturePartners)[number];
const find = (boxes: readonly TextBox[], field: string) => boxes.find((b) => b.field === field) as TextBox;

describe('a kicker once the text is fitted', () => {
  const cases = [
    ['evenement', 'title', 'instagram-square'],
    ['evenement', 'title', 'linkedin'],
    ['chiffres-cles', 'title', 'x'],
    ['actualite', 'headline', 'linkedin'],
    ['offre-thematique', 'title', 'instagram-square'],
  ] as const;
  for (const [id, titleField, formatId] of cases) {
    it(`${id} × ${formatId}: sits right on the first line of its ${titleField}`, async () => {
      const template = templates[id];
      const format = formatSpec(fixtureTheme, formatId);
      const content = template.example as never;
      const before = template.layout(format, fixtureTheme, content, capso, brandName);
      const { fitted } = await fitLayout(before.text);
      const after = template.layout(format, fixtureTheme, content, capso, brandName, fitted);
      const kicker = find(after.text, 'kicker');
      const title = find(after.text, titleField);
      const fit = fitted[titleField];
      const drawnTop = title.y + title.height - Math.ceil(fit?.height ?? 0);
      expect(kicker.y).toBeGreaterThanOrEqual(find(before.text, 'kicker').y);
      // Less than a line of the title between them: no empty line is left over the title.
      const gap = drawnTop - (kicker.y + kicker.height);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan((fit?.fontSize ?? 0) * (fit?.lineHeight ?? 0));
      expect(kicker.y + kicker.height).toBeLessThanOrEqual(title.y);
      // The title keeps its bottom edge: only its empty top is given up.
      const titleBefore = find(before.text, titleField);
      expect(title.y + title.height).toBe(titleBefore.y + titleBefore.height);
    });
  }

  it('stays where it was laid out without measured sizes', () => {
    const format = formatSpec(fixtureTheme, 'instagram-square');
    const content = templates.evenement.example;
    const plain = templates.evenement.layout(format, fixtureTheme, content, capso, brandName);
    const sized = templates.evenement.layout(format, fixtureTheme, content, capso, brandName, {
      title: { fontSize: 100, lineHeight: 1.1 },
    });
    expect(sized.text).toEqual(plain.text);
  });
});
