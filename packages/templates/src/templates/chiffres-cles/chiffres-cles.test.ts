import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { FORMAT_IDS, type FormatId, formatSpec } from '../../format.js';
import { frameOf } from '../../layout/frame.js';
import { brandNameOf, lockupNames } from '../../lockup/place.js';
import { layoutViolations, textOnPhoto, thrownProblems } from '../../test-support/checks.js';
import { fitLayout } from '../../test-support/fit.js';
import { fixturePartners, fixtureTheme } from '../../test-support/fixture.js';
import { describeLayouts } from '../../test-support/suite.js';
import type { Rect } from '../../types.js';
import { chiffresCles } from './index.js';
import { BASELINE_EM, chiffresClesScene } from './scene.js';

const tourisme = fixturePartners[1] as (typeof fixturePartners)[number];

/** The layout of `content` on a format, for the tourist office with the fixture brand. */
const layoutOf = (formatId: FormatId, content: Parameters<typeof chiffresCles.layout>[2]) =>
  chiffresCles.layout(
    formatSpec(fixtureTheme, formatId),
    fixtureTheme,
    content,
    tourisme,
    brandNameOf(fixturePartners),
  );

describe('chiffres-cles content', () => {
  it('accepts its example', () => {
    expect(validateContent(chiffresCles.contentSchema, chiffresCles.example).ok).toBe(true);
  });

  it('names the figure and field of each error', () => {
    const result = validateContent(chiffresCles.contentSchema, {
      title: 'Le temps d’un mandat',
      figures: [{ value: '2 190', label: 'jours' }, { value: 6 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['figures[0].value', 'Valeur\u00a0: nombre attendu (ex. 2190, sans espace ni unité), « 2 190 » reçu'],
      ['figures[1].label', 'Légende du chiffre\u00a0: champ obligatoire manquant'],
    ]);
  });

  it('takes one to four figures', () => {
    const figure = { value: 1, label: 'x' };
    const none = validateContent(chiffresCles.contentSchema, { title: 'T', figures: [] });
    const five = validateContent(chiffresCles.contentSchema, { title: 'T', figures: Array(5).fill(figure) });
    expect(none.ok ? '' : none.problems[0]?.message).toBe('Chiffres\u00a0: au moins un chiffre');
    expect(five.ok ? '' : five.problems[0]?.message).toBe('Chiffres\u00a0: quatre chiffres au plus');
  });

  it('formats numbers the French way in the layout and the alt text', () => {
    const alt = chiffresCles.altText(chiffresCles.example, tourisme);
    expect(alt).toContain('2\u202f190\u00a0jours pour agir');
    expect(alt).toContain('52\u202f560\u00a0heures pour s’interroger');
    expect(alt).toMatch(/^Chiffres clés «\u202fLe temps d’un mandat\u202f»\u00a0:/);
  });
});

describeLayouts(chiffresCles, {
  example: chiffresCles.example,
  'one figure': {
    title: 'Habitant·e·s du Pays de Saint-Omer',
    figures: [{ value: 105000, label: 'dans 68 communes' }],
  },
  'three figures': {
    title: 'L’attractivité en actes',
    figures: [
      { value: 4, unit: 'intercommunalités', label: 'fusionnées le 1er janvier 2017' },
      { value: 12, unit: 'ateliers', label: 'pour travailler ensemble' },
      { value: 3.5, unit: 'millions d’euros', label: 'investis dans le marais' },
    ],
  },
});

describe('chiffres-cles numbers', () => {
  it('fill their column: on a wide format they are set between two steps of the type scale', async () => {
    const layout = layoutOf('x', chiffresCles.example);
    const box = (field: string) => layout.text.find((b) => b.field === field);
    const value = box('figures[3].value')?.steps[0];
    const unit = box('figures[3].unit')?.steps[0];
    if (!value || !unit?.step) throw new Error('no number or unit box for the fourth figure');
    // The format's scale, read off the unit (set on a step), gives the scale's sizes in px.
    const scale = unit.fontSize / fixtureTheme.font.size[unit.step];
    const stepSizes = Object.values(fixtureTheme.font.size).map((size) => Math.round(size * scale));
    expect(value.step).toBeUndefined();
    // (the scale read off a rounded size is itself off by a pixel or so)
    const nearest = Math.min(...stepSizes.map((px) => Math.abs(px - value.fontSize)));
    expect(nearest, `${value.fontSize} px against the steps' ${stepSizes.join(', ')}`).toBeGreaterThan(1);
    expect(value.fontSize).toBeLessThan(Math.max(...stepSizes));
    expect((await fitLayout(layout.text)).overflows).toEqual([]);
  });

  it('sizes grid labels with the body face’s advances: wide letters keep their step', async () => {
    // Labels as long in letters as the sample's, in wide ones: an average advance per letter
    // underestimated their lines, and the fitting then shrank them below the grid's step.
    const wide = {
      ...chiffresCles.example,
      figures: [
        { value: 6, unit: 'ans', label: 'mandat municipal commun' },
        { value: 72, unit: 'mois', label: 'mémoire commune du mandat' },
        { value: 2190, unit: 'jours', label: 'mémoire des mammouths' },
        { value: 52560, unit: 'heures', label: 'maximum de mouvements' },
      ],
    };
    for (const formatId of ['instagram-square', 'instagram-portrait', 'story', 'poster-a4'] as const) {
      const layout = layoutOf(formatId, wide);
      const { fitted } = await fitLayout(layout.text);
      for (const box of layout.text.filter((b) => b.field.endsWith('.label'))) {
        expect(fitted[box.field]?.fontSize, `${formatId} ${box.field}`).toBe(box.steps[0]?.fontSize);
      }
    }
  });
});

describe('chiffres-cles tiles', () => {
  const sceneOf = (formatId: FormatId, content = chiffresCles.example) => {
    const frame = frameOf(formatSpec(fixtureTheme, formatId), fixtureTheme);
    const names = lockupNames(tourisme, brandNameOf(fixturePartners));
    return { frame, scene: chiffresClesScene(frame, content, names) };
  };
  const c = fixtureTheme.color;
  const numberOf = (scene: ReturnType<typeof sceneOf>['scene'], i: number) =>
    scene.text.find((t) => t.box.field === `figures[${i}].value`);

  it('sets each colour-led figure on its own tile, the partner’s accent and its tint in turn', () => {
    for (const formatId of ['instagram-square', 'story', 'linkedin', 'poster-a3'] as const) {
      const { scene } = sceneOf(formatId);
      chiffresCles.example.figures.forEach((_, i) => {
        const value = numberOf(scene, i);
        if (!value) throw new Error(`${formatId}: no figures[${i}].value`);
        const tile = scene.panels.find(
          (p) =>
            p.x < value.box.x &&
            p.y < value.box.y &&
            p.x + p.width > value.box.x + value.box.width &&
            p.y + p.height > value.box.y + value.box.height &&
            (p.color === c.accent.default || p.color === c.accent.subtle),
        );
        expect(tile?.color, `${formatId} figures[${i}]`).toBe(
          i === 0 || i === 3 ? c.accent.default : c.accent.subtle,
        );
        expect(value.color, `${formatId} figures[${i}]`).toBe(
          tile?.color === c.accent.default ? c.text.onAccent : c.accent.strong,
        );
      });
    }
  });

  it('starts the first column’s figures on the margin, with the heading', () => {
    for (const formatId of ['instagram-square', 'instagram-portrait', 'story', 'poster-a4'] as const) {
      const { frame, scene } = sceneOf(formatId);
      expect(numberOf(scene, 0)?.box.x, formatId).toBe(frame.safe.x);
      expect(numberOf(scene, 2)?.box.x, formatId).toBe(frame.safe.x);
    }
  });

  it('fills a two-figure square’s tiles: units under their numbers when that sets them a fifth larger', () => {
    const two = {
      ...chiffresCles.example,
      figures: [
        { value: 6, unit: 'années', label: 'pour tout faire' },
        { value: 12, unit: 'semaines', label: 'de vacances' },
      ],
    };
    const { scene } = sceneOf('instagram-square', two);
    const number = numberOf(scene, 0)?.box;
    const unit = scene.text.find((t) => t.box.field === 'figures[0].unit')?.box;
    const tile = scene.panels.find((p) => p.color === c.accent.default);
    expect(number && unit && tile).toBeTruthy();
    if (!number || !unit || !tile) return;
    expect(unit.y).toBeGreaterThanOrEqual(number.y + number.height);
    // Number and unit take most of the tile's height above the label.
    expect(unit.y + unit.height - number.y).toBeGreaterThan(tile.height * 0.5);
  });

  it('keeps accent bars, not tiles, beside a photo', () => {
    const photo = { src: '../images/marais-barque.jpg', alt: 'Une barque.', focalPoint: { x: 0.5, y: 0.5 } };
    const { scene } = sceneOf('linkedin', { ...chiffresCles.example, image: photo });
    expect(scene.image).toBeDefined();
    expect(scene.panels.filter((p) => p.color === c.accent.subtle)).toEqual([]);
    expect(numberOf(scene, 0)?.color).toBe(c.text.default);
  });
});

describe('chiffres-cles posters', () => {
  const layoutWith = (maxScale: number | undefined) =>
    chiffresCles.layout(
      formatSpec(fixtureTheme, 'poster-a3'),
      maxScale === undefined
        ? fixtureTheme
        : { ...fixtureTheme, tokens: new Map([['brand.figures.maxScale', { normalized: maxScale }]]) },
      chiffresCles.example,
      tourisme,
      brandNameOf(fixturePartners),
    );
  const numberPx = (layout: ReturnType<typeof layoutWith>) =>
    Math.max(
      ...layout.text
        .filter((box) => /^figures\[\d\]\.value$/.test(box.field))
        .map((box) => box.steps[0]?.fontSize ?? 0),
    );
  const top = (layout: ReturnType<typeof layoutWith>) => {
    const unit = layout.text.find((box) => box.field === 'figures[0].unit')?.steps[0];
    if (!unit?.step) throw new Error('no unit box');
    return Math.round(fixtureTheme.font.size['7xl'] * (unit.fontSize / fixtureTheme.font.size[unit.step]));
  };

  it('set four figures two to a row, their numbers beyond the type scale as far as the brand allows', async () => {
    const grown = layoutWith(2);
    const xs = new Set(
      grown.text.filter((box) => box.field.endsWith('.value')).map((box) => Math.round(box.x)),
    );
    expect(xs.size).toBe(2);
    expect(numberPx(grown)).toBeGreaterThan(top(grown) + 2);
    expect(numberPx(grown)).toBeLessThanOrEqual(top(grown) * 2 + 2);
    expect(numberPx(layoutWith(undefined))).toBeLessThanOrEqual(top(grown) + 2);
    expect(layoutViolations(grown)).toEqual([]);
    expect((await fitLayout(grown.text)).overflows).toEqual([]);
  });
});

describe('chiffres-cles photo-led', () => {
  const photo = {
    src: '../images/marais-barque.jpg',
    alt: 'Une barque sur le marais.',
    focalPoint: { x: 0.5, y: 0.5 },
  };
  const marsh = {
    kicker: 'Tourisme',
    title: 'Le marais en chiffres',
    figures: [
      { value: 3726, unit: 'hectares', label: 'de marais' },
      { value: 700, unit: 'km', label: 'de watergangs' },
    ],
    image: photo,
  };
  /** The sample campaign's three figures (`assets/campaigns/marais-chiffres.yaml`). */
  const sampleMarsh = {
    ...marsh,
    figures: [
      { value: 3726, unit: 'hectares', label: 'de marais autour de Saint-Omer' },
      { value: 700, unit: 'km', label: 'de watergangs à parcourir en barque' },
      { value: 40, unit: 'maraîchers', label: 'cultivent encore ses parcelles' },
    ],
  };

  it('draws the photo on the wide formats, the posters and the story, never under a text', async () => {
    for (const formatId of ['linkedin', 'x', 'story', 'poster-a4'] as const) {
      const layout = layoutOf(formatId, marsh);
      expect(layout.graphics.image, formatId).toBeDefined();
      expect(layoutViolations(layout), formatId).toEqual([]);
      expect((await fitLayout(layout.text)).overflows, formatId).toEqual([]);
      expect(textOnPhoto(layout), formatId).toEqual([]);
    }
  });

  it('sets the figures’ labels (beside or below their number) at the step the layout chose, never shrunk to fit', async () => {
    for (const formatId of ['linkedin', 'open-graph', 'story', 'poster-a3'] as const) {
      const layout = layoutOf(formatId, sampleMarsh);
      const { fitted } = await fitLayout(layout.text);
      for (const box of layout.text.filter((b) => b.field.endsWith('.label'))) {
        expect(fitted[box.field]?.fontSize, `${formatId} ${box.field}`).toBe(box.steps[0]?.fontSize);
      }
    }
  });

  it('groups each figure beside a photo: its label nearer its number than the next row’s', async () => {
    for (const formatId of ['linkedin', 'open-graph', 'x', 'facebook-event'] as const) {
      const layout = layoutOf(formatId, sampleMarsh);
      const { fitted } = await fitLayout(layout.text);
      const boxOf = (field: string) =>
        layout.text.find((b) => b.field === field) as (typeof layout.text)[number];
      for (const i of [0, 1]) {
        const value = boxOf(`figures[${i}].value`);
        const label = boxOf(`figures[${i}].label`);
        const nextNumber = boxOf(`figures[${i + 1}].value`);
        // From the number's baseline: the ink ends there (digits have no descent).
        const baseline = value.y + value.height - BASELINE_EM * (value.steps[0]?.fontSize ?? 0);
        const toLabel = label.y - baseline;
        // The next row starts with its number's line box, whose top the digits leave empty.
        const nextRow = nextNumber.y - (label.y + (fitted[label.field]?.height ?? label.height));
        expect(toLabel * 2, `${formatId} figures[${i}]`).toBeLessThan(nextRow);
      }
    }
  });

  it('marks each figure beside a photo with an accent bar hanging left of it, from its digits to its label', () => {
    for (const formatId of ['linkedin', 'x', 'story', 'instagram-portrait', 'poster-a4'] as const) {
      const frame = frameOf(formatSpec(fixtureTheme, formatId), fixtureTheme);
      const names = lockupNames(tourisme, brandNameOf(fixturePartners));
      const scene = chiffresClesScene(frame, sampleMarsh, names);
      expect(scene.image, formatId).toBeDefined();
      const bars = scene.panels.filter((p) => p.color === fixtureTheme.color.accent.default);
      expect(bars, formatId).toHaveLength(sampleMarsh.figures.length);
      sampleMarsh.figures.forEach((_, i) => {
        const box = (field: string) => scene.text.find((t) => t.box.field === `figures[${i}].${field}`)?.box;
        const [value, label, bar] = [box('value'), box('label'), bars[i]];
        if (!value || !label || !bar) throw new Error(`${formatId}: figure ${i} incomplete`);
        const where = `${formatId} figures[${i}]`;
        // In the gutter, upright, and not over the number's line box's top (no row taken).
        expect(bar.x + bar.width, where).toBeLessThan(value.x);
        expect(bar.height, where).toBeGreaterThan(bar.width * 4);
        expect(bar.y, where).toBeGreaterThan(value.y);
        // Down to the label's lines, which stand under or beside the number.
        expect(bar.y + bar.height, where).toBeGreaterThan(value.y + value.height * 0.7);
        expect(bar.y + bar.height, where).toBeLessThanOrEqual(label.y + label.height);
      });
    }
  });

  it('keeps the square colour-led unless forced, and a forced colour-led story without the photo', () => {
    expect(layoutOf('instagram-square', marsh).graphics.image).toBeUndefined();
    expect(layoutOf('instagram-square', { ...marsh, composition: 'photo' }).graphics.image).toBeDefined();
    expect(layoutOf('story', { ...marsh, composition: 'colour' }).graphics.image).toBeUndefined();
  });

  it('refuses, in French, a forced photo the figures leave no room for, naming the format', () => {
    const crowded = {
      ...marsh,
      title: 'Le marais audomarois en chiffres',
      figures: [
        { value: 3726, unit: 'hectares', label: 'de marais autour de Saint-Omer' },
        { value: 700, unit: 'km', label: 'de watergangs à parcourir en barque' },
        { value: 40, unit: 'maraîchers', label: 'cultivent encore ses parcelles' },
        { value: 13, unit: 'siècles', label: 'de travail des hommes pour gagner ces terres sur l’eau' },
      ],
      note: 'Réserve de biosphère de l’Unesco depuis 2013, le marais est aussi un site Ramsar.',
    };
    expect(layoutOf('instagram-portrait', crowded).graphics.image).toBeUndefined();
    const problems = thrownProblems(() =>
      layoutOf('instagram-portrait', { ...crowded, composition: 'photo' }),
    );
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        'content.composition',
        'Composition\u00a0: au format instagram-portrait, les 4\u00a0chiffres ne laissent pas de place à la photo',
      ],
    ]);
    expect(layoutOf('story', { ...crowded, composition: 'photo' }).graphics.image).toBeDefined();
  });

  it('refuses a forced photo without a photo, and describes the photo only where it is drawn', () => {
    const { image: _image, ...withoutPhoto } = marsh;
    const result = validateContent(chiffresCles.contentSchema, { ...withoutPhoto, composition: 'photo' });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['composition']);
    expect(chiffresCles.altText(marsh, tourisme, { photo: true })).toContain(
      'Photo\u00a0: Une barque sur le marais.',
    );
    expect(chiffresCles.altText(marsh, tourisme, { photo: false })).not.toContain('Photo');
  });
});

describe('chiffres-cles thematic axis', () => {
  const photo = { src: '../images/marais-barque.jpg', alt: 'Une barque.', focalPoint: { x: 0.5, y: 0.5 } };
  const figureBoxes = (layout: ReturnType<typeof layoutOf>) =>
    layout.text.filter((box) => box.field.startsWith('figures'));
  const overlaps = (a: Rect, b: Rect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('carries its pictogram in the brand panel’s colours on every format, colour-led and photo-led, the title and the figures keeping their size', async () => {
    for (const content of [chiffresCles.example, { ...chiffresCles.example, image: photo }]) {
      for (const formatId of FORMAT_IDS) {
        const plain = layoutOf(formatId, content);
        const layout = layoutOf(formatId, { ...content, axis: 'tourisme' });
        const pictogram = layout.graphics.pictogram;
        const label = `${formatId}${content.image ? ', photo' : ''}`;
        expect(layoutViolations(layout), label).toEqual([]);
        expect(plain.graphics.pictogram, label).toBeUndefined();
        if (!pictogram) throw new Error(`${label}: no pictogram`);
        const frame = frameOf(formatSpec(fixtureTheme, formatId), fixtureTheme);
        const names = lockupNames(tourisme, brandNameOf(fixturePartners));
        const scene = chiffresClesScene(frame, { ...content, axis: 'tourisme' }, names);
        expect([scene.pictogram?.axis, scene.pictogram?.color], label).toEqual([
          'tourisme',
          fixtureTheme.color.text.onBrand,
        ]);
        expect(
          layout.text.filter((box) => overlaps(box, pictogram)).map((box) => box.field),
          label,
        ).toEqual([]);
        const fit = await fitLayout(layout.text);
        expect(fit.overflows, label).toEqual([]);
        // A title the pictogram pushes onto a second line keeps its size there.
        const plainTitle = (await fitLayout(plain.text)).fitted.title?.fontSize ?? 0;
        expect(fit.fitted.title?.fontSize ?? 0, label).toBeGreaterThanOrEqual(plainTitle);
        // Beside a photo and in the wide formats' brand column, it takes no room from the figures.
        if (layout.graphics.image || frame.composition === 'landscape') {
          expect(figureBoxes(layout), label).toEqual(figureBoxes(plain));
        }
      }
    }
  });

  it('takes no room from the figures where the title keeps its lines beside the pictogram', () => {
    // A title on two lines across the square stays on two beside the pictogram, a little smaller.
    const long = { ...chiffresCles.example, title: 'Le temps d’un mandat municipal et intercommunal' };
    for (const formatId of ['instagram-square', 'instagram-portrait', 'story', 'poster-a4'] as const) {
      const plain = layoutOf(formatId, long);
      const layout = layoutOf(formatId, { ...long, axis: 'tourisme' });
      expect(figureBoxes(layout), formatId).toEqual(figureBoxes(plain));
    }
  });

  it('sets the pictogram beside a stacked heading, its foot on the title’s, and above the brand column’s heading', () => {
    const stacked = layoutOf('instagram-portrait', { ...chiffresCles.example, axis: 'tourisme' });
    const title = stacked.text.find((box) => box.field === 'title');
    const mark = stacked.graphics.pictogram;
    if (!title || !mark) throw new Error('no title or no pictogram');
    expect(mark.x).toBeGreaterThanOrEqual(title.x + title.width);
    expect(mark.y + mark.height).toBe(title.y + title.height);
    const wide = layoutOf('linkedin', { ...chiffresCles.example, axis: 'tourisme' });
    const kicker = wide.text.find((box) => box.field === 'kicker');
    const wideMark = wide.graphics.pictogram;
    if (!kicker || !wideMark) throw new Error('no kicker or no pictogram');
    expect(wideMark.x).toBe(wide.safeArea.x);
    expect(wideMark.y + wideMark.height).toBeLessThanOrEqual(kicker.y);
  });
});
