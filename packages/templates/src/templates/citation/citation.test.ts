import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { FORMAT_IDS, type FormatId, formatSpec } from '../../format.js';
import { frameOf } from '../../layout/frame.js';
import { overlaps } from '../../layout/geometry.js';
import { brandNameOf, lockupNames } from '../../lockup/place.js';
import { layoutViolations, textOnPhoto } from '../../test-support/checks.js';
import { fitLayout } from '../../test-support/fit.js';
import { fixturePartners, fixtureTheme } from '../../test-support/fixture.js';
import { describeLayouts } from '../../test-support/suite.js';
import { citation } from './index.js';
import { citationScene } from './scene.js';
import type { CitationContent } from './schema.js';

const capso = fixturePartners[2] as (typeof fixturePartners)[number];

/** The quote's layout in a format, for capso, at the sizes `fitted` chose when given. */
const layoutOf = (
  formatId: FormatId,
  content: CitationContent = citation.example,
  fitted?: Parameters<typeof citation.layout>[5],
) =>
  citation.layout(
    formatSpec(fixtureTheme, formatId),
    fixtureTheme,
    content,
    capso,
    brandNameOf(fixturePartners),
    fitted,
  );

describe('citation content', () => {
  it('accepts its anonymous example', () => {
    expect(validateContent(citation.contentSchema, citation.example).ok).toBe(true);
  });

  it('asks for a name unless the quote is anonymous', () => {
    const result = validateContent(citation.contentSchema, {
      quote: 'Travailler ensemble.',
      attribution: { role: 'Maire' },
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      ['attribution.name', 'Nom\u00a0: obligatoire, sauf pour une citation anonyme (anonymous: true)'],
    ]);
  });

  it('refuses a name on an anonymous quote and asks for a role', () => {
    const result = validateContent(citation.contentSchema, {
      quote: 'Travailler ensemble.',
      attribution: { name: 'Marie Dupont' },
      anonymous: true,
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'attribution.name',
      'attribution.role',
    ]);
  });

  it('names a wrong type and an unknown field', () => {
    const result = validateContent(citation.contentSchema, {
      quote: 42,
      attribution: { name: 'A' },
      author: 'B',
    });
    const messages = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('quote: Citation, sans guillemets\u00a0: texte attendu, nombre reçu');
    expect(messages.some((m) => m.includes('champ inconnu « author »'))).toBe(true);
  });

  it('writes the alt text with French guillemets and the anonymous attribution', () => {
    expect(citation.altText(citation.example, capso)).toMatch(
      /^Citation\u00a0: «\u202fJe me suis rendue compte .* ambassadeurs\.\u202f», Élue, autorité territoriale, anonyme\. Témoignage/,
    );
  });

  it('sets the quote closed by its guillemet: the drawn mark opens it', () => {
    const formats = ['story', 'instagram-square', 'linkedin', 'poster-a3'] as const;
    for (const formatId of formats) {
      const layout = layoutOf(formatId, { ...citation.example, quote: '« Travailler ensemble. »' });
      const quote = layout.text.find((box) => box.field === 'quote');
      expect(quote?.text, formatId).toBe('Travailler ensemble.\u202f»');
    }
    expect(citation.altText({ ...citation.example, quote: 'Travailler ensemble.' }, capso)).toContain(
      '«\u202fTravailler ensemble.\u202f»',
    );
  });

  it('sets the attribution well below the quote, even when a long quote is set small', async () => {
    const formats = [
      'instagram-square',
      'instagram-portrait',
      'story',
      'linkedin',
      'x',
      'poster-a4',
    ] as const;
    for (const formatId of formats) {
      const layout = layoutOf(formatId);
      const { fitted, overflows } = await fitLayout(layout.text);
      expect(overflows, formatId).toEqual([]);
      const quote = fitted.quote?.fontSize ?? 0;
      const attribution = fitted['attribution.role']?.fontSize ?? Number.POSITIVE_INFINITY;
      expect(attribution / quote, formatId).toBeLessThanOrEqual(0.8);
    }
  });

  it('names the partner with its article', () => {
    expect(citation.altText(citation.example, capso)).toMatch(
      / Visuel de la Communauté d’agglomération du Pays de Saint-Omer\.$/,
    );
  });
});

describeLayouts(citation, {
  example: citation.example,
  named: {
    quote: 'Travailler ensemble, c’est renoncer à une part de soi au bénéfice d’un commun.',
    attribution: { name: 'Marie Dupont', role: 'Maire d’Arques' },
    anonymous: false,
  },
});

describe('citation photo-led', () => {
  const photo = {
    src: '../images/marais-aube.jpg',
    alt: 'Le marais à l’aube.',
    focalPoint: { x: 0.6, y: 0.4 },
  };
  const withPhoto = { ...citation.example, image: photo };

  it('draws the photo at the top or down the right side, never under a text, and the quote still fits', async () => {
    for (const formatId of ['story', 'instagram-portrait', 'linkedin', 'poster-a4'] as const) {
      const layout = layoutOf(formatId, withPhoto);
      expect(layout.graphics.image, formatId).toBeDefined();
      expect(layoutViolations(layout), formatId).toEqual([]);
      expect((await fitLayout(layout.text)).overflows, formatId).toEqual([]);
      expect(textOnPhoto(layout), formatId).toEqual([]);
    }
  });

  it('gives the photo the room a quote leaves on its step, not a gap above the mark', async () => {
    const short = { ...withPhoto, quote: 'Le territoire, on le fait ensemble.' };
    const least = { story: 0.25, 'instagram-portrait': 0.18, 'poster-a3': 0.26 } as const;
    for (const formatId of ['story', 'instagram-portrait', 'poster-a3'] as const) {
      const spec = formatSpec(fixtureTheme, formatId);
      for (const content of [withPhoto, short]) {
        const layout = layoutOf(formatId, content);
        const image = layout.graphics.image;
        const photoBottom = image ? image.y + image.height : 0;
        expect(photoBottom, formatId).toBeGreaterThanOrEqual(Math.round(spec.height * least[formatId]));
        expect(photoBottom, formatId).toBeLessThanOrEqual(Math.round(spec.height * 0.45));
        // The quote is set on its attribution: what its box holds beyond it is left empty above
        // the mark. At most a line and a half (the estimate's margin), not the step it missed.
        const { fitted, overflows } = await fitLayout(layout.text);
        expect(overflows, formatId).toEqual([]);
        const box = layout.text.find((b) => b.field === 'quote');
        const quote = fitted.quote;
        if (!box || !quote) throw new Error(`${formatId}: no quote`);
        const slack = box.height - (quote.height ?? box.height);
        expect(slack, `${formatId}: ${content.quote}`).toBeLessThanOrEqual(
          1.5 * quote.fontSize * quote.lineHeight,
        );
      }
    }
  });

  it('keeps the square colour-led unless forced, refuses a forced photo without one, and says what it drew', () => {
    expect(layoutOf('instagram-square', withPhoto).graphics.image).toBeUndefined();
    expect(layoutOf('story', { ...withPhoto, composition: 'colour' }).graphics.image).toBeUndefined();
    const result = validateContent(citation.contentSchema, { ...citation.example, composition: 'photo' });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['composition']);
    expect(citation.altText(withPhoto, capso, { photo: true })).toContain('Photo\u00a0: Le marais à l’aube.');
    expect(citation.altText(withPhoto, capso, { photo: false })).not.toContain('Photo');
  });
});

describe('citation thematic axis', () => {
  const photo = { src: '../images/saint-omer-place.jpg', alt: 'Une place.', focalPoint: { x: 0.6, y: 0.3 } };

  it('sets its pictogram at the end of the guillemet’s row, as tall as the mark and following it, taking no room from the text', async () => {
    for (const content of [citation.example, { ...citation.example, image: photo }]) {
      for (const formatId of FORMAT_IDS) {
        const label = `${formatId}${content.image ? ', photo' : ''}`;
        const plain = layoutOf(formatId, content);
        const withAxis = { ...content, axis: 'vie-quotidienne' as const };
        const layout = layoutOf(formatId, withAxis);
        expect(plain.graphics.pictogram, label).toBeUndefined();
        expect(layout.text, label).toEqual(plain.text);
        expect(layoutViolations(layout), label).toEqual([]);
        const unsettled = layout.graphics.pictogram;
        if (!unsettled) throw new Error(`${label}: no pictogram`);
        expect(layout.text.filter((box) => overlaps(box, unsettled)).map((box) => box.field)).toEqual([]);
        // Fitted, the mark and the pictogram move down onto the quote's first line.
        const { fitted } = await fitLayout(layout.text);
        const settled = layoutOf(formatId, withAxis, fitted);
        const { pictogram, ornament0: mark } = settled.graphics;
        if (!pictogram || !mark) throw new Error(`${label}: no pictogram or no mark`);
        expect([pictogram.y, pictogram.height], label).toEqual([mark.y, mark.height]);
        expect(pictogram.x, label).toBeGreaterThan(mark.x + mark.width);
        const frame = frameOf(formatSpec(fixtureTheme, formatId), fixtureTheme);
        const scene = citationScene(frame, withAxis, lockupNames(capso, brandNameOf(fixturePartners)));
        expect(scene.pictogram?.color, label).toBe(fixtureTheme.color.text.onBrand);
      }
    }
  });
});
