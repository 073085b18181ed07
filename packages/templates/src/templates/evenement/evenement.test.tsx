import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { FORMAT_IDS, formatSpec } from '../../format.js';
import { frameOf, space, stepPx } from '../../layout/frame.js';
import { brandNameOf } from '../../lockup/place.js';
import { layoutViolations, textOnPhoto, thrownProblems } from '../../test-support/checks.js';
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

  describe('title first on tall formats', () => {
    const fittedOf = async (formatId: (typeof FORMAT_IDS)[number], content = evenement.example) => {
      const layout = evenement.layout(
        formatSpec(fixtureTheme, formatId),
        fixtureTheme,
        content,
        capso as never,
        brandName,
      );
      const { fitted, overflows } = await fitLayout(layout.text);
      expect(overflows, formatId).toEqual([]);
      return { layout, fitted };
    };
    const px = (step: string) => Math.round(fixtureTheme.font.size[step as '5xl']);

    it('sets the story’s title at 5xl or more and leaves the summary to the alt text when it would take that room', async () => {
      const { layout, fitted } = await fittedOf('story');
      expect(fitted.title?.fontSize).toBeGreaterThanOrEqual(px('5xl'));
      expect(layout.text.map((t) => t.field)).not.toContain('summary');
      expect(evenement.altText(evenement.example, capso as never)).toContain(evenement.example.summary);
    });

    it('keeps the summary on the story when the title has its room beside it', async () => {
      const short = { ...evenement.example, kicker: undefined, registration: undefined };
      const { layout, fitted } = await fittedOf('story', short);
      expect(layout.text.map((t) => t.field)).toContain('summary');
      expect(fitted.title?.fontSize).toBeGreaterThanOrEqual(px('5xl'));
    });

    it('leaves the portrait’s summary to the alt text when the title would fall below 4xl with it', async () => {
      // A deadline sets the call to register on two lines: the summary no longer leaves the title
      // its room (it was set at the date's size).
      const registration = { ...evenement.example.registration, deadline: '2027-03-04' };
      const content = { ...evenement.example, registration } as typeof evenement.example;
      const { layout, fitted } = await fittedOf('instagram-portrait', content);
      expect(layout.text.map((t) => t.field)).not.toContain('summary');
      expect(fitted.title?.fontSize).toBeGreaterThanOrEqual(px('4xl'));
      expect(fitted.title?.fontSize).toBeGreaterThan(fitted.date?.fontSize ?? Infinity);
    });

    it('keeps the portrait’s summary and its date at its ideal size, the title on the lines it needs', async () => {
      const { layout, fitted } = await fittedOf('instagram-portrait');
      expect(layout.text.map((t) => t.field)).toContain('summary');
      expect(fitted.date?.fontSize).toBeGreaterThan(fitted.place?.fontSize ?? Infinity);
      // The title's box holds the lines its text takes, without a line's worth left empty.
      const box = layout.text.find((t) => t.field === 'title')?.height ?? 0;
      const used = fitted.title?.height ?? 0;
      expect(box - used).toBeLessThan(fitted.title?.fontSize ?? 0);
    });
  });

  describe('call to register', () => {
    const withDeadline = {
      ...evenement.example,
      registration: { ...evenement.example.registration, deadline: '2027-03-04' },
    } as typeof evenement.example;

    it.each([
      ['without a deadline', evenement.example],
      ['with its deadline', withDeadline],
    ])(
      'sets the call at its largest step, its short URL right below it, on every format (%s)',
      async (_, content) => {
        for (const formatId of FORMAT_IDS) {
          const format = formatSpec(fixtureTheme, formatId);
          const frame = frameOf(format, fixtureTheme);
          const layout = evenement.layout(format, fixtureTheme, content, capso as never, brandName);
          const { fitted, overflows } = await fitLayout(layout.text);
          expect(overflows, formatId).toEqual([]);
          const label = layout.text.find((t) => t.field === 'registration.label');
          const url = layout.text.find((t) => t.field === 'registration.shortUrl');
          if (!label || !url) throw new Error(`${formatId}: no call to register`);
          // The box holds the call's lines at its largest step: it is never set smaller for want of a line.
          expect(fitted['registration.label']?.fontSize, formatId).toBe(label.steps[0]?.fontSize);
          // …and no line more than the call takes: a spare line would make the band taller than its text.
          const call = fitted['registration.label'];
          expect(label.height - (call?.height ?? 0), formatId).toBeLessThan(call?.fontSize ?? 0);
          expect(url.x, formatId).toBe(label.x);
          expect(url.y - (label.y + label.height), formatId).toBe(space(frame, 1));
          // Drawn, the call and its URL hug their text and sit in the middle of the band, whatever
          // lines the call took.
          const drawn = evenement.layout(format, fixtureTheme, content, capso as never, brandName, fitted);
          const drawnLabel = drawn.text.find((t) => t.field === 'registration.label') as typeof label;
          const drawnUrl = drawn.text.find((t) => t.field === 'registration.shortUrl') as typeof url;
          expect(drawnLabel.height, formatId).toBe(Math.ceil(fitted['registration.label']?.height ?? 0));
          const above = drawnLabel.y - label.y;
          const below = url.y + url.height - (drawnUrl.y + drawnUrl.height);
          expect(
            Math.abs(above - below),
            `${formatId}: ${above} px above, ${below} px below`,
          ).toBeLessThanOrEqual(1);
        }
      },
    );

    it('sets the call no larger than xl on the square, where it would outweigh the date', async () => {
      const format = formatSpec(fixtureTheme, 'instagram-square');
      const layout = evenement.layout(format, fixtureTheme, withDeadline, capso as never, brandName);
      const label = layout.text.find((t) => t.field === 'registration.label');
      expect(label?.steps[0]?.fontSize).toBe(stepPx(frameOf(format, fixtureTheme), 'xl'));
    });
  });

  describe('photo-led', () => {
    const photo = {
      src: '../images/marais-aube.jpg',
      alt: 'Le marais à l’aube.',
      focalPoint: { x: 0.6, y: 0.4 },
    };
    // An afternoon workshop without registration, as the sample campaign with a photo.
    const { registration: _registration, ...withoutRegistration } = evenement.example;
    const withPhoto = {
      ...withoutRegistration,
      kicker: 'Il était une fois…',
      title: 'Le marketing territorial',
      axis: 'economie' as const,
      image: photo,
    } as typeof evenement.example;
    const layoutOf = (formatId: (typeof FORMAT_IDS)[number], content: typeof withPhoto) =>
      evenement.layout(formatSpec(fixtureTheme, formatId), fixtureTheme, content, capso as never, brandName);

    it('draws the photo to the canvas’s top or left edge on every format, the text fitting below or beside it', async () => {
      for (const formatId of FORMAT_IDS) {
        const layout = layoutOf(formatId, withPhoto);
        const image = layout.graphics.image;
        expect(image, formatId).toBeDefined();
        expect([image?.x, image?.y], formatId).toEqual([0, 0]);
        expect(layoutViolations(layout), formatId).toEqual([]);
        expect((await fitLayout(layout.text)).overflows, formatId).toEqual([]);
        expect(textOnPhoto(layout), formatId).toEqual([]);
      }
    });

    it('gives a place squeezed onto one line a box of one line, the room left going to the title', async () => {
      // The workshop's place holds on one line only below its largest step: on the square its box
      // used to keep two small lines, and the line left empty stood above the lockup.
      const workshop = {
        ...withPhoto,
        place: 'Agence d’urbanisme et de développement',
        address: 'Longuenesse',
      };
      const layout = layoutOf('instagram-square', workshop);
      const { fitted } = await fitLayout(layout.text);
      const place = layout.text.find((box) => box.field === 'place');
      const fit = fitted.place;
      expect(fit?.lines).toBe(1);
      // What the box holds beyond its line is slack, not room for another line.
      expect(place && fit?.height !== undefined && place.height - fit.height < fit.fontSize).toBe(true);
    });

    it('sets the axis on a tab rising into the photo on stacked formats', () => {
      const layout = layoutOf('instagram-portrait', withPhoto);
      const image = layout.graphics.image;
      const pictogram = layout.graphics.pictogram;
      expect(pictogram && image && pictogram.y + pictogram.height <= image.y + image.height).toBe(true);
      expect(pictogram?.x).toBe(layout.safeArea.x);
    });

    it('sets the axis on a tab rising into the photo on wide formats, the panel left to a title that leads', async () => {
      for (const formatId of ['linkedin', 'open-graph', 'x', 'facebook-event'] as const) {
        const layout = layoutOf(formatId, withPhoto);
        const image = layout.graphics.image;
        const pictogram = layout.graphics.pictogram;
        expect(pictogram && image && pictogram.y + pictogram.height <= image.y + image.height, formatId).toBe(
          true,
        );
        // In a pictogram row under the photo, the title was one line barely larger than the date.
        const { fitted } = await fitLayout(layout.text);
        expect(fitted.title?.lines, formatId).toBe(2);
        expect(fitted.title?.fontSize ?? 0, formatId).toBeGreaterThan(1.6 * (fitted.date?.fontSize ?? 0));
      }
    });

    it('stays colour-led where the content needs the room the photo would take', async () => {
      // A registration call with its deadline and a place on two lines.
      const dense = {
        ...evenement.example,
        address: '2 rue du Lion d’Or, 62500 Saint-Omer',
        axis: 'economie' as const,
        image: photo,
      };
      const layout = layoutOf('instagram-portrait', dense);
      expect(layout.graphics.image).toBeUndefined();
      expect(layoutViolations(layout)).toEqual([]);
      expect((await fitLayout(layout.text)).overflows).toEqual([]);
      expect(layoutOf('poster-a3', dense).graphics.image).toBeDefined();
      // Forced, the photo is refused in French on `content.composition`, naming the format.
      const problems = thrownProblems(() =>
        layoutOf('instagram-portrait', { ...dense, composition: 'photo' as const }),
      );
      expect(problems.map((p) => [p.path, p.message])).toEqual([
        [
          'content.composition',
          'Composition\u00a0: au format instagram-portrait, le titre et les informations de l’événement ne laissent pas de place à la photo',
        ],
      ]);
    });

    it('stays colour-led when the campaign forces it, and refuses a forced photo without a photo', () => {
      expect(layoutOf('story', { ...withPhoto, composition: 'colour' }).graphics.image).toBeUndefined();
      const result = validateContent(evenement.contentSchema, { ...evenement.example, composition: 'photo' });
      expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['composition']);
    });

    it('describes the photo in the alt text when the visual draws it', () => {
      const alt = (content: typeof withPhoto, drawn?: { photo: boolean }) =>
        evenement.altText(content, tourisme as never, drawn);
      expect(alt(withPhoto)).toContain('Photo\u00a0: Le marais à l’aube.');
      expect(alt(withPhoto, { photo: true })).toContain('Photo\u00a0: Le marais à l’aube.');
      expect(alt(withPhoto, { photo: false })).not.toContain('Photo');
      expect(alt({ ...withPhoto, composition: 'colour' })).not.toContain('Photo');
    });
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
