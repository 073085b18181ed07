import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { FORMAT_IDS, formatSpec } from '../../format.js';
import { brandNameOf } from '../../lockup/place.js';
import { layoutViolations } from '../../test-support/checks.js';
import { fitLayout } from '../../test-support/fit.js';
import { fixturePartners, fixtureTheme } from '../../test-support/fixture.js';
import { renderSvg } from '../../test-support/satori.js';
import { testPictogram } from '../../test-support/suite.js';
import { evenement } from './index.js';

const brandName = brandNameOf(fixturePartners);
const [territoire, tourisme, capso] = fixturePartners;

describe('evenement', () => {
  it('accepts its example', () => {
    expect(evenement.contentSchema.safeParse(evenement.example).success).toBe(true);
  });

  it('names the field of every content error, in French', () => {
    const result = validateContent(evenement.contentSchema, {
      title: '',
      date: '18/03/2027',
      place: 'Saint-Omer',
      endTime: '17:00',
      registration: { url: 'ftp://x', shortUrl: 'https://example.fr' },
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath.title).toMatch(/Titre.*vide/);
    expect(byPath.date).toMatch(/AAAA-MM-JJ.*18\/03\/2027/);
    expect(byPath['registration.url']).toMatch(/adresse web attendue/);
    expect(byPath['registration.shortUrl']).toMatch(/sans « https:\/\/ »/);
    expect(result.problems.some((p) => /champ inconnu « colour »/.test(p.message))).toBe(true);
  });

  it('reports a missing required field by name', () => {
    const result = validateContent(
      evenement.contentSchema,
      { date: '2027-03-18', place: 'Arques' },
      { pathPrefix: 'content' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ path: 'content.title', message: expect.stringMatching(/obligatoire/) }),
      );
  });

  it('checks times and the registration deadline', () => {
    const bad = {
      ...evenement.example,
      startTime: '18:00',
      endTime: '09:00',
      registration: { ...evenement.example.registration, deadline: '2027-04-01' },
    };
    const result = validateContent(evenement.contentSchema, bad);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['endTime', 'registration.deadline']);
  });

  it('writes a French alt text with date, place and registration', () => {
    const alt = evenement.altText(evenement.example, tourisme as never);
    expect(alt).toContain('Penser son mandat sur 6 ans');
    expect(alt).toContain('jeudi 18\u00a0mars\u00a02027');
    expect(alt).toContain('9\u00a0h\u00a0–\u00a017\u00a0h');
    expect(alt).toContain('Inscrivez-vous sur pays-de-saint-omer.example/mandat');
    expect(alt).toContain('Office de tourisme du Pays de Saint-Omer');
  });

  it('carries the pictogram of its thematic axis, in the brand panel’s text colour, on every format', async () => {
    const content = { ...evenement.example, axis: 'economie' as const };
    for (const formatId of FORMAT_IDS) {
      const format = formatSpec(fixtureTheme, formatId);
      const layout = evenement.layout(format, fixtureTheme, content, territoire as never, brandName);
      expect(layoutViolations(layout), formatId).toEqual([]);
      expect(layout.graphics.pictogram, formatId).toBeDefined();
      const asked: string[] = [];
      const element = evenement.element({
        content,
        theme: fixtureTheme,
        partner: territoire as never,
        brandName,
        format,
        fitted: (await fitLayout(layout.text)).fitted,
        assets: {
          pictogram: (axis, color) => {
            asked.push(`${axis} ${color}`);
            return testPictogram(axis, color);
          },
        },
      });
      await renderSvg(element, format.width, format.height);
      expect(asked, formatId).toEqual([`economie ${fixtureTheme.color.text.onBrand}`]);
    }
    // Without an axis there is no pictogram.
    const plain = evenement.layout(
      formatSpec(fixtureTheme, 'instagram-square'),
      fixtureTheme,
      evenement.example,
      territoire as never,
      brandName,
    );
    expect(plain.graphics.pictogram).toBeUndefined();
  });

  for (const formatId of FORMAT_IDS) {
    describe(formatId, () => {
      const format = formatSpec(fixtureTheme, formatId);
      for (const partner of [territoire, capso]) {
        if (!partner) continue;
        it(`keeps every text and the lockup inside the safe zone (${partner.id})`, () => {
          const layout = evenement.layout(format, fixtureTheme, evenement.example, partner, brandName);
          expect(layoutViolations(layout)).toEqual([]);
          expect(layout.text.map((t) => t.field)).toEqual(
            expect.arrayContaining(['title', 'date', 'place', 'lockup.brand']),
          );
        });
      }

      it('fits the example text and renders to SVG with satori', async () => {
        const layout = evenement.layout(
          format,
          fixtureTheme,
          evenement.example,
          tourisme as never,
          brandName,
        );
        const { fitted, overflows } = await fitLayout(layout.text);
        expect(overflows).toEqual([]);
        const element = evenement.element({
          content: evenement.example,
          theme: fixtureTheme,
          partner: tourisme as never,
          brandName,
          format,
          fitted,
          assets: {},
        });
        const svg = await renderSvg(element, format.width, format.height);
        expect(svg).toMatch(/^<svg/);
        expect(svg).toContain(`width="${format.width}"`);
      });
    });
  }
});
