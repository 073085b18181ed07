import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { formatSpec } from '../../format.js';
import { brandNameOf } from '../../lockup/place.js';
import { fitLayout } from '../../test-support/fit.js';
import { fixturePartners, fixtureTheme } from '../../test-support/fixture.js';
import { renderSvg } from '../../test-support/satori.js';
import { describeLayouts, testPictogram } from '../../test-support/suite.js';
import { AXIS_IDS } from '../../theme.js';
import { offreThematique } from './index.js';

const territoire = fixturePartners[0] as (typeof fixturePartners)[number];

describe('offre-thematique content', () => {
  it('accepts its example', () => {
    expect(validateContent(offreThematique.contentSchema, offreThematique.example).ok).toBe(true);
  });

  it('names an unknown axis and lists the known ones', () => {
    const result = validateContent(offreThematique.contentSchema, {
      ...offreThematique.example,
      axis: 'sport',
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      ['axis', `Axe thématique\u00a0: « sport » inconnu, attendu l’un de ${AXIS_IDS.join(', ')}`],
    ]);
  });

  it('names the highlight that is too long', () => {
    const result = validateContent(offreThematique.contentSchema, {
      ...offreThematique.example,
      highlights: ['Court', 'x'.repeat(61)],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['highlights[1]']);
  });

  it('lists the highlights in the alt text', () => {
    expect(offreThematique.altText(offreThematique.example, territoire)).toContain(
      'Départs de Saint-Omer et de Clairmarais, D’avril à octobre et Accessible en famille.',
    );
  });

  it('contracts « de le » into « du » for the shared brand', () => {
    expect(offreThematique.altText(offreThematique.example, territoire)).toMatch(
      / Visuel du Pays de Saint-Omer\.$/,
    );
  });
});

describe('offre-thematique colours', () => {
  it('paints the axis surface and asks for the pictogram in the axis text colour', async () => {
    const format = formatSpec(fixtureTheme, 'instagram-square');
    const asked: string[] = [];
    const element = offreThematique.element({
      content: { ...offreThematique.example, axis: 'culture' },
      theme: fixtureTheme,
      partner: territoire,
      brandName: territoire.name,
      format,
      fitted: {},
      assets: {
        pictogram: (axis, color) => {
          asked.push(`${axis} ${color}`);
          return testPictogram(axis, color);
        },
      },
    });
    const svg = await renderSvg(element, format.width, format.height);
    expect(svg).toContain(`fill="${fixtureTheme.color.axis.culture.surface}"`);
    expect(asked).toEqual([`culture ${fixtureTheme.color.axis.culture.onSurface}`]);
  });
});

describe('offre-thematique photo-led square', () => {
  const layoutOf = (formatId: 'instagram-square' | 'instagram-portrait') =>
    offreThematique.layout(
      formatSpec(fixtureTheme, formatId),
      fixtureTheme,
      offreThematique.example,
      territoire,
      brandNameOf(fixturePartners),
    );
  const fields = (layout: ReturnType<typeof layoutOf>) => new Set(layout.text.map((box) => box.field));

  it('leaves the offer’s text to its post and gives its room to the photo', async () => {
    const square = layoutOf('instagram-square');
    expect(square.graphics.image).toBeDefined();
    expect(fields(square).has('text')).toBe(false);
    expect(fields(square).has('highlights[2]')).toBe(true);
    expect(fields(layoutOf('instagram-portrait')).has('text')).toBe(true);
    expect((await fitLayout(square.text)).overflows).toEqual([]);
    // The room the text would have taken goes to the photo, not below the link.
    const link = square.text.find((box) => box.field === 'link.shortUrl');
    const lockup = square.graphics.lockup;
    if (!link || !lockup || !square.graphics.image) throw new Error('no link, lockup or photo');
    expect(lockup.y - (link.y + link.height)).toBeLessThan(square.graphics.image.height / 3);
  });

  it('keeps the text on the square of an offer with neither highlights nor a link', async () => {
    const { highlights: _highlights, link: _link, ...bare } = offreThematique.example;
    const square = offreThematique.layout(
      formatSpec(fixtureTheme, 'instagram-square'),
      fixtureTheme,
      bare,
      territoire,
      brandNameOf(fixturePartners),
    );
    expect(square.graphics.image).toBeDefined();
    expect(fields(square).has('text')).toBe(true);
    expect((await fitLayout(square.text)).overflows).toEqual([]);
  });

  it('describes only what the square draws: its alt text leaves the text out', () => {
    const drawn = { photo: true, fields: fields(layoutOf('instagram-square')) };
    const alt = offreThematique.altText(offreThematique.example, territoire, drawn);
    expect(alt).not.toContain(offreThematique.example.text);
    expect(alt).toContain('Départs de Saint-Omer et de Clairmarais');
    expect(offreThematique.altText(offreThematique.example, territoire)).toContain(
      offreThematique.example.text,
    );
  });
});

describeLayouts(offreThematique, {
  example: offreThematique.example,
  'without highlights nor link': {
    axis: 'economie',
    title: 'S’implanter au Pays de Saint-Omer',
    text: 'Foncier, locaux et accompagnement : l’agence de développement économique vous ouvre ses réseaux.',
  },
});
