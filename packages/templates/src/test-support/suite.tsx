import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, formatSpec } from '../format.js';
import { brandNameOf } from '../lockup/place.js';
import type { TemplateDefinition } from '../types.js';
import { layoutViolations } from './checks.js';
import { fitLayout } from './fit.js';
import { fixturePartners, fixtureTheme } from './fixture.js';
import { renderSvg } from './satori.js';

const brandName = brandNameOf(fixturePartners);
const partners = fixturePartners.filter((p) => p.id === 'territoire' || p.id === 'capso');

/** A tiny SVG standing for an axis pictogram. */
export const testPictogram = (_axis: string, color = '#000000') =>
  `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20" fill="${color}"/></svg>`)}`;

/**
 * The checks every template passes for every format and two partners: the layout keeps text and
 * logos in the safe zone, the example text fits its boxes (measured with satori), and the
 * element renders to SVG.
 */
export function describeLayouts<C>(
  template: TemplateDefinition<C>,
  contents: Record<string, C> = { example: template.example },
): void {
  for (const [name, content] of Object.entries(contents)) {
    describe(`${template.id} layouts (${name})`, () => {
      for (const formatId of FORMAT_IDS) {
        const format = formatSpec(fixtureTheme, formatId);
        for (const partner of partners) {
          it(`${formatId}, ${partner.id}: text and lockup inside the safe zone, text fits, SVG renders`, async () => {
            const layout = template.layout(format, fixtureTheme, content, partner, brandName);
            expect(layoutViolations(layout)).toEqual([]);
            const { fitted, overflows } = await fitLayout(layout.text);
            expect(overflows).toEqual([]);
            // As drawn (kickers moved onto their titles): still inside the safe zone, no overlap.
            const drawn = template.layout(format, fixtureTheme, content, partner, brandName, fitted);
            expect(layoutViolations(drawn)).toEqual([]);
            const svg = await renderSvg(
              template.element({
                content,
                theme: fixtureTheme,
                partner,
                brandName,
                format,
                fitted,
                assets: { pictogram: testPictogram },
              }),
              format.width,
              format.height,
            );
            expect(svg).toMatch(new RegExp(`^<svg width="${format.width}" height="${format.height}"`));
          });
        }
      }
    });
  }
}
