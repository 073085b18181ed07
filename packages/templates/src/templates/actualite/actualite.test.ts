import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { FORMAT_IDS, type FormatId, type FormatSpec, formatSpec } from '../../format.js';
import { frameOf } from '../../layout/frame.js';
import { contains, overlaps } from '../../layout/geometry.js';
import { brandNameOf, lockupNames } from '../../lockup/place.js';
import { layoutViolations } from '../../test-support/checks.js';
import { fitLayout } from '../../test-support/fit.js';
import { fixturePartners, fixtureTheme } from '../../test-support/fixture.js';
import { renderSvg } from '../../test-support/satori.js';
import { describeLayouts } from '../../test-support/suite.js';
import type { TemplateAssets } from '../../types.js';
import { actualite } from './index.js';
import { actualiteScene } from './scene.js';

const [territoire, tourisme] = fixturePartners as [
  (typeof fixturePartners)[number],
  (typeof fixturePartners)[number],
];

describe('actualite content', () => {
  it('accepts its example and centres a missing focal point', () => {
    expect(validateContent(actualite.contentSchema, actualite.example).ok).toBe(true);
    const result = validateContent(actualite.contentSchema, {
      ...actualite.example,
      image: { src: 'photo.jpg' },
    });
    expect(result.ok && result.content.image.focalPoint).toEqual({ x: 0.5, y: 0.5 });
  });

  it('names the focal point coordinate that is out of range', () => {
    const result = validateContent(actualite.contentSchema, {
      ...actualite.example,
      image: { src: 'p.jpg', focalPoint: { x: 1.4, y: 0.2 } },
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      [
        'image.focalPoint.x',
        'Point focal, horizontal (0 = bord gauche, 1 = bord droit)\u00a0: nombre entre 0 et 1 attendu',
      ],
    ]);
  });

  it('requires the image', () => {
    const { image: _image, ...rest } = actualite.example;
    const result = validateContent(actualite.contentSchema, rest);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['image']);
  });

  it('describes the photo in the alt text', () => {
    expect(actualite.altText(actualite.example, tourisme)).toContain(
      'Photo\u00a0: Le marais audomarois à l’aube',
    );
  });

  it('gives the link in the alt text only where the visual draws it', () => {
    const drawnFields = (formatId: 'linkedin' | 'story') =>
      new Set(
        actualite
          .layout(
            formatSpec(fixtureTheme, formatId),
            fixtureTheme,
            actualite.example,
            tourisme,
            brandNameOf(fixturePartners),
          )
          .text.map((box) => box.field),
      );
    const link = `En savoir plus sur ${actualite.example.link?.shortUrl}.`;
    const altOn = (formatId: 'linkedin' | 'story') =>
      actualite.altText(actualite.example, tourisme, { photo: true, fields: drawnFields(formatId) });
    expect(altOn('story')).toContain(link);
    expect(altOn('linkedin')).not.toContain(link);
  });

  it('names the partner with its article, elided before a vowel', () => {
    expect(actualite.altText(actualite.example, tourisme)).toMatch(
      / Visuel de l’Office de tourisme du Pays de Saint-Omer\.$/,
    );
  });
});

/** The example drawn for the shared brand, fitted at the smallest sizes. */
function renderExample(format: FormatSpec, assets: TemplateAssets): Promise<string> {
  const element = actualite.element({
    content: actualite.example,
    theme: fixtureTheme,
    partner: territoire,
    brandName: territoire.name,
    format,
    fitted: {},
    assets,
  });
  return renderSvg(element, format.width, format.height);
}

describe('actualite image area', () => {
  for (const formatId of FORMAT_IDS) {
    it(`${formatId}: the photo touches the canvas edges (bleed on posters) and stays transparent without image`, async () => {
      const format = formatSpec(fixtureTheme, formatId);
      const layout = actualite.layout(format, fixtureTheme, actualite.example, territoire, territoire.name);
      const image = layout.graphics.image;
      expect(image?.safe).toBe(false);
      expect(image && (image.y === 0 || image.x + image.width === format.width)).toBe(true);
      expect(image && contains({ x: 0, y: 0, width: format.width, height: format.height }, image)).toBe(true);
      const svg = await renderExample(format, {});
      expect(svg).not.toMatch(/href="data:image\/(png|jpeg)/);
    });
  }

  it('embeds the image data URI when the engine passes it', async () => {
    const format = formatSpec(fixtureTheme, 'instagram-square');
    const pixel =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const svg = await renderExample(format, { image: pixel });
    expect(svg).toContain('href="data:image/png;base64');
  });
});

describe('actualite kicker', () => {
  it('sets the kicker on white paper in the partner’s accent, the colour that tells partners apart', async () => {
    const strong = '#6a1b4d';
    const theme = {
      ...fixtureTheme,
      color: { ...fixtureTheme.color, accent: { ...fixtureTheme.color.accent, strong } },
    };
    const inkOf = async (content: typeof actualite.example) => {
      const format = formatSpec(theme, 'instagram-square');
      const element = actualite.element({
        content,
        theme,
        partner: territoire,
        brandName: territoire.name,
        format,
        fitted: {},
        assets: {},
      });
      return renderSvg(element, format.width, format.height);
    };
    expect(await inkOf(actualite.example)).toContain(`fill="${strong}"`);
    const { kicker: _kicker, ...withoutKicker } = actualite.example;
    expect(await inkOf(withoutKicker)).not.toContain(`fill="${strong}"`);
  });
});

describe('actualite thematic axis', () => {
  type Content = typeof actualite.example;
  const layoutOf = (formatId: FormatId, content: Content) =>
    actualite.layout(
      formatSpec(fixtureTheme, formatId),
      fixtureTheme,
      content,
      tourisme,
      brandNameOf(fixturePartners),
    );
  const sceneOf = (formatId: FormatId, content: Content) =>
    actualiteScene(
      frameOf(formatSpec(fixtureTheme, formatId), fixtureTheme),
      content,
      lockupNames(tourisme, brandNameOf(fixturePartners)),
    );
  const axisColours = fixtureTheme.color.axis.tourisme;

  it('rides into the photo on a tab or a ribbon of the axis colour, taking no room from the text', async () => {
    const content = { ...actualite.example, axis: 'tourisme' as const };
    for (const formatId of FORMAT_IDS) {
      const plain = layoutOf(formatId, actualite.example);
      const layout = layoutOf(formatId, content);
      const pictogram = layout.graphics.pictogram;
      const image = layout.graphics.image;
      expect(plain.graphics.pictogram, formatId).toBeUndefined();
      if (!pictogram || !image) throw new Error(`${formatId}: no pictogram or no photo`);
      expect(layoutViolations(layout), formatId).toEqual([]);
      expect(contains(image, pictogram), formatId).toBe(true);
      expect(layout.text, formatId).toEqual(plain.text);
      expect((await fitLayout(layout.text)).overflows, formatId).toEqual([]);
      const scene = sceneOf(formatId, content);
      const tab = scene.panels.find((panel) => contains(panel, pictogram) && panel !== scene.panels[0]);
      expect([tab?.color, scene.pictogram?.color], formatId).toEqual([
        axisColours.surface,
        axisColours.onSurface,
      ]);
      // The tab stands on the paper below the photo, the ribbon hangs from the canvas' top.
      if (image.y === 0 && image.x === 0) expect(tab && tab.y + tab.height, formatId).toBe(image.height);
      else expect(tab?.y, formatId).toBe(0);
    }
  });

  it('sets the pictogram above the heading of a forced colour-led composition, in the band’s text colour', async () => {
    const content = { ...actualite.example, axis: 'tourisme' as const, composition: 'colour' as const };
    for (const formatId of ['instagram-square', 'instagram-portrait', 'story', 'poster-a4'] as const) {
      const layout = layoutOf(formatId, content);
      const pictogram = layout.graphics.pictogram;
      const kicker = layout.text.find((box) => box.field === 'kicker');
      if (!pictogram || !kicker) throw new Error(`${formatId}: no pictogram or no kicker`);
      expect(layoutViolations(layout), formatId).toEqual([]);
      expect(layout.text.filter((box) => overlaps(box, pictogram)).map((box) => box.field)).toEqual([]);
      expect(pictogram.x, formatId).toBe(layout.safeArea.x);
      expect(pictogram.y + pictogram.height, formatId).toBeLessThanOrEqual(kicker.y);
      expect(sceneOf(formatId, content).pictogram?.color, formatId).toBe(fixtureTheme.color.text.onBrand);
      expect((await fitLayout(layout.text)).overflows, formatId).toEqual([]);
    }
  });

  it('names an unknown axis and the axes it knows', () => {
    const result = validateContent(actualite.contentSchema, { ...actualite.example, axis: 'sport' });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      [
        'axis',
        'Axe thématique : « sport » inconnu, attendu l’un de economie, innovation, culture, tourisme, commerce, vie-quotidienne',
      ],
    ]);
  });
});

describeLayouts(actualite);
