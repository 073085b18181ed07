import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/validate.js';
import { type FormatId, formatSpec } from '../format.js';
import { brandNameOf } from '../lockup/place.js';
import { actualite } from '../templates/actualite/index.js';
import { registrationCall } from '../templates/evenement/scene.js';
import { offreThematique } from '../templates/offre-thematique/index.js';
import { fixturePartners, fixtureTheme } from '../test-support/fixture.js';
import type { TemplateTheme } from '../theme.js';
import { deviceTokens } from './device.js';
import { leadOf } from './lead.js';

const brandName = brandNameOf(fixturePartners);
const capso = fixturePartners.find((p) => p.id === 'capso') as (typeof fixturePartners)[number];
const photo = { src: '../images/marais-barque.jpg', focalPoint: { x: 0.5, y: 0.5 } };
const withPhoto = { ...offreThematique.example, image: photo };
/** The offer example without its photo: the colour-led composition. */
const { image: _photo, ...withoutPhoto } = offreThematique.example;

function offerLayout(
  format: FormatId,
  content: typeof offreThematique.example,
  theme: TemplateTheme = fixtureTheme,
) {
  return offreThematique.layout(formatSpec(theme, format), theme, content, capso, brandName);
}

/** The fixture theme with the device tokens of one partner variant. */
function themeWithDevice(periods: number, ripples: number): TemplateTheme {
  const values: Record<string, number | string> = {
    'brand.device.wave.edgeAmplitude': 0.3,
    'brand.device.wave.footShare': 0.78,
    'brand.device.wave.footMin': 28,
    'brand.device.wave.footAmplitude': 0.22,
    'brand.device.wave.rippleWidth': 2,
    'brand.device.wave.rippleGap': 0.2,
    'partner.device.periods': periods,
    'partner.device.ripples': ripples,
    'partner.device.ripple': '#a5b4fc',
  };
  return {
    ...fixtureTheme,
    tokens: new Map(Object.entries(values).map(([path, normalized]) => [path, { normalized }])),
  };
}

describe('composition choice', () => {
  it('is photo-led with a photo, colour-led without, and as forced by the campaign', () => {
    expect(leadOf({ image: photo })).toBe('photo');
    expect(leadOf({})).toBe('colour');
    expect(leadOf({ image: photo }, false)).toBe('colour');
    expect(leadOf({ image: photo, composition: 'colour' })).toBe('colour');
    expect(leadOf({ composition: 'photo' }, false)).toBe('photo');
  });

  it('draws an offer with a photo photo-led on every format, the square included', () => {
    for (const format of ['story', 'poster-a3', 'linkedin', 'instagram-square'] as const) {
      expect(offerLayout(format, withPhoto).graphics.image, format).toBeDefined();
    }
    expect(offerLayout('story', withoutPhoto).graphics.image).toBeUndefined();
  });

  it('follows the composition the campaign forces', () => {
    const forcedPhoto = { ...withPhoto, composition: 'photo' as const };
    const forcedColour = { ...withPhoto, composition: 'colour' as const };
    expect(offerLayout('instagram-square', forcedPhoto).graphics.image).toBeDefined();
    expect(offerLayout('story', forcedColour).graphics.image).toBeUndefined();
    const news = { ...actualite.example, composition: 'colour' as const };
    const story = formatSpec(fixtureTheme, 'story');
    expect(actualite.layout(story, fixtureTheme, news, capso, brandName).graphics.image).toBeUndefined();
    expect(
      actualite.layout(story, fixtureTheme, actualite.example, capso, brandName).graphics.image,
    ).toBeDefined();
  });

  it('refuses, in French, a photo-led composition without a photo and an unknown composition', () => {
    const noPhoto = validateContent(offreThematique.contentSchema, {
      ...withoutPhoto,
      composition: 'photo',
    });
    expect(noPhoto.ok ? [] : noPhoto.problems.map((p) => [p.path, p.message])).toEqual([
      [
        'composition',
        'Composition\u00a0: « photo » demande une image (champ image), ou retirez ce choix pour une composition en aplat de couleur',
      ],
    ]);
    const unknown = validateContent(offreThematique.contentSchema, { ...withPhoto, composition: 'video' });
    expect(unknown.ok ? [] : unknown.problems.map((p) => p.message)).toEqual([
      'Composition\u00a0: « video » inconnue, attendu « photo » (image en grand) ou « colour » (aplat de couleur)',
    ]);
  });
});

describe('brand device', () => {
  it('is drawn only when the brand defines its tokens', () => {
    expect(deviceTokens(fixtureTheme as TemplateTheme)).toBeUndefined();
    expect(offerLayout('story', withoutPhoto).graphics.foot).toBeUndefined();
    const layout = offerLayout('story', withoutPhoto, themeWithDevice(2, 2));
    const foot = layout.graphics.foot;
    const story = formatSpec(fixtureTheme, 'story');
    // The water runs to the canvas's bottom edge, under the bottom safe zone.
    expect(foot && foot.y + foot.height).toBe(story.height);
    expect(foot?.y).toBeGreaterThanOrEqual(layout.safeArea.y + layout.safeArea.height);
  });

  it('differs between two partners’ variants of one campaign', async () => {
    const draw = (theme: TemplateTheme) => {
      const format = formatSpec(theme, 'instagram-square');
      return JSON.stringify(
        offreThematique.draw(format, theme, offreThematique.example, capso, brandName, {}).element({
          pictogram: () => 'data:image/svg+xml,',
        }),
      );
    };
    expect(draw(themeWithDevice(2, 2))).not.toBe(draw(themeWithDevice(2.25, 3)));
  });
});

describe('registration call', () => {
  it('prints the deadline when there is one', () => {
    const reg = { url: 'https://a.example/x', shortUrl: 'a.example/x', label: 'Inscrivez-vous' };
    expect(registrationCall({ ...reg, deadline: '2027-03-04' })).toBe(
      'Inscrivez-vous avant le jeudi 4\u00a0mars\u00a02027\u00a0:',
    );
    expect(registrationCall(reg)).toBe('Inscrivez-vous\u00a0:');
  });
});
