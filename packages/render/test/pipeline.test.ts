import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { composeVisual, cropToBox, rasterize, renderCampaigns } from '../src/index.js';
import { campaignDir, EVENT } from './support/campaigns.js';
import { fonts, lexiconDir, repoRoot, testDeps, tokensDir } from './support/deps.js';

const base = { tokensDir, partners: ['capso'], formats: ['instagram-square'], jobs: 1 } as const;

describe('renderCampaigns', () => {
  test('writes the visual files, the alt text sidecar and reports them', async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    const report = await renderCampaigns({
      ...base,
      campaigns: files,
      outDir: join(dir, 'out'),
      outputs: ['png', 'jpeg', 'webp', 'svg'],
    });
    expect(report.problems).toEqual([]);
    const [visual] = report.visuals;
    expect(visual?.files.map((f) => f.path)).toEqual([
      'capso/visuals/journee-elus/instagram-square.png',
      'capso/visuals/journee-elus/instagram-square.jpg',
      'capso/visuals/journee-elus/instagram-square.webp',
      'capso/visuals/journee-elus/instagram-square.svg',
      'capso/visuals/journee-elus/instagram-square.alt.txt',
    ]);
    expect(visual?.files[0]).toMatchObject({ mediaType: 'image/png', width: 1080, height: 1080 });
    const alt = await readFile(
      join(dir, 'out', 'capso/visuals/journee-elus/instagram-square.alt.txt'),
      'utf8',
    );
    expect(alt.trim()).toBe(visual?.alt);
    expect(visual?.alt).toContain('Penser son mandat');
  });

  test('a campaign’s own alternative text replaces the composed one, in the report and the sidecar', async () => {
    const own = { ...EVENT, alt: 'Affiche de la journée de formation des élus, le 18 mars à Saint-Omer.' };
    const { dir, files } = await campaignDir({ own });
    const report = await renderCampaigns({ ...base, campaigns: files, outDir: join(dir, 'out') });
    expect(report.visuals[0]?.alt).toBe(own.alt);
    const sidecar = report.visuals[0]?.files.find((f) => f.path.endsWith('.alt.txt'))?.path ?? '';
    expect((await readFile(join(dir, 'out', sidecar), 'utf8')).trim()).toBe(own.alt);
  });

  test('renders print formats as a PDF with a preview of the trim area', async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    const report = await renderCampaigns({
      ...base,
      formats: ['poster-a4'],
      campaigns: files,
      outDir: join(dir, 'out'),
    });
    expect(report.problems).toEqual([]);
    const paths = report.visuals[0]?.files.map((f) => [f.path, f.width, f.height]);
    expect(paths).toEqual([
      ['capso/print/journee-elus-poster-a4.pdf', undefined, undefined],
      ['capso/print/journee-elus-poster-a4-preview.png', 1240, 1753],
      ['capso/print/journee-elus-poster-a4.alt.txt', undefined, undefined],
    ]);
    const pdf = await readFile(join(dir, 'out', 'capso/print/journee-elus-poster-a4.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a poster’s PDF date comes from its content: same content same date, other content another', async () => {
    const dateOf = async (event: typeof EVENT) => {
      const { dir, files } = await campaignDir({ event });
      await renderCampaigns({ ...base, formats: ['poster-a4'], campaigns: files, outDir: join(dir, 'out') });
      const pdf = await readFile(join(dir, 'out', 'capso/print/journee-elus-poster-a4.pdf'), 'latin1');
      return pdf.match(/<xmp:CreateDate>([^<]+)<\/xmp:CreateDate>/)?.[1];
    };
    const first = await dateOf(EVENT);
    expect(first).toMatch(/^20[23]\d-\d\d-\d\dT/);
    expect(first).not.toBe('2026-01-01T00:00:00Z');
    expect(await dateOf(EVENT)).toBe(first);
    const other = { ...EVENT, content: { ...EVENT.content, place: 'Médiathèque de Lumbres' } };
    expect(await dateOf(other)).not.toBe(first);
  });

  test('a text too long for its box is reported in French with the field and the overflow', async () => {
    const long = {
      ...EVENT,
      content: {
        ...EVENT.content,
        place: 'Salle-des-fêtes-de-la-Maison-de-l’agglomération-du-Pays-de-Saint-Omer',
      },
    };
    const { dir, files } = await campaignDir({ long });
    const report = await renderCampaigns({ ...base, campaigns: files, outDir: join(dir, 'out') });
    expect(report.visuals).toEqual([]);
    expect(report.problems[0]).toMatchObject({ code: 'render/text-overflow', path: 'content.place' });
    expect(report.problems[0]?.message).toMatch(
      /« place » ne tient pas.*le mot « Salle-des-fêtes-de-la-Maison-de-l’agglomération-du-Pays-de-Saint-Omer,? » mesure \d+ px pour \d+ px de large \(\d+ px de trop\)/,
    );
  });

  test('a character no font draws is refused with its code point and field', async () => {
    const snowman = { ...EVENT, content: { ...EVENT.content, title: 'Penser son mandat ☃' } };
    const { dir, files } = await campaignDir({ snowman });
    const report = await renderCampaigns({ ...base, campaigns: files, outDir: join(dir, 'out') });
    expect(report.problems[0]).toMatchObject({ code: 'render/missing-glyph', path: 'content.title' });
    expect(report.problems[0]?.message).toContain('U+2603');
  });

  test('problems found once the campaign was read point at their field’s line and column', async () => {
    const snowman = { ...EVENT, id: 'snowman', content: { ...EVENT.content, title: 'Penser son mandat ☃' } };
    const stranger = { ...EVENT, id: 'stranger', partners: ['capso', 'inconnu'] };
    const { dir, files } = await campaignDir({ snowman, stranger });
    const report = await renderCampaigns({ ...base, campaigns: files, outDir: join(dir, 'out') });
    const lineOf = async (name: string, text: string) =>
      (await readFile(join(dir, `${name}.yaml`), 'utf8')).split('\n').findIndex((l) => l.includes(text)) + 1;
    const byCode = Object.fromEntries(report.problems.map((p) => [p.code, p]));
    expect(byCode['render/missing-glyph']).toMatchObject({
      path: 'content.title',
      line: await lineOf('snowman', '☃'),
      column: 10,
    });
    expect(byCode['render/unknown-partners']).toMatchObject({
      path: 'partners[1]',
      line: await lineOf('stranger', '- inconnu'),
      column: 5,
    });
  });

  test('bad content names the file, the field and what it expects; other campaigns still render', async () => {
    const bad = { ...EVENT, id: 'bad', content: { ...EVENT.content, date: 20270318 } };
    const { dir, files } = await campaignDir({ bad, event: EVENT });
    const report = await renderCampaigns({ ...base, campaigns: files, outDir: join(dir, 'out') });
    expect(report.visuals.map((v) => v.key)).toEqual(['capso/journee-elus/instagram-square']);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      path: 'content.date',
      file: expect.stringContaining('bad.yaml'),
      line: 6,
    });
    // The date's own message says what it expects, once.
    expect(report.problems[0]?.message).toBe(
      'Date de l’événement\u00a0: date attendue au format AAAA-MM-JJ (ex. 2027-03-18), « 20270318 » reçu',
    );
  });

  test('lint errors stop the render unless allowed; warnings are kept', async () => {
    // An acronym at first mention cannot be fixed automatically; "St-Omer" is fixed and kept as a finding.
    const wrong = {
      ...EVENT,
      content: { ...EVENT.content, kicker: 'La CAPSO vous invite', address: 'St-Omer' },
    };
    const { dir, files } = await campaignDir({ wrong });
    const options = { ...base, campaigns: files, lexiconDir, outDir: join(dir, 'out') };
    const stopped = await renderCampaigns(options);
    expect(stopped.visuals).toEqual([]);
    expect(stopped.problems.map((p) => p.path)).toEqual(['content.kicker']);
    const allowed = await renderCampaigns({ ...options, allowLintErrors: true });
    expect(allowed.problems).toEqual([]);
    const lint = allowed.visuals[0]?.lint ?? [];
    expect(lint).toContainEqual(
      expect.objectContaining({ field: 'kicker', severity: 'error', ruleId: 'name/acronym-first-mention' }),
    );
    expect(lint).toContainEqual(
      expect.objectContaining({ field: 'address', fixed: true, suggestion: 'Saint-Omer' }),
    );
    expect(allowed.visuals[0]?.alt).toContain('Saint-Omer');
  });

  test('an unknown partner or format is a usage error listing the known ones', async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    for (const options of [{ partners: ['nulle-part'] }, { formats: ['a5'] }, { templates: ['affiche'] }]) {
      const error = await renderCampaigns({
        ...base,
        ...options,
        campaigns: files,
        outDir: join(dir, 'out'),
      }).catch((e: unknown) => e);
      expect(isBlasonError(error)).toBe(true);
      expect((error as { exitCode?: number }).exitCode).toBe(2);
      expect((error as Error).message).toMatch(/inconnu « (nulle-part|a5|affiche) » \(attendu : l’un de/);
    }
  });

  test('what the options ask for and no campaign holds is a French notice, not a silent skip', async () => {
    const signed = { ...EVENT, partners: ['territoire'] };
    const { dir, files } = await campaignDir({ signed });
    const report = await renderCampaigns({
      ...base,
      templates: ['evenement', 'citation'],
      campaigns: files,
      outDir: join(dir, 'out'),
    });
    expect(report.visuals).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.notices.map((n) => [n.code, n.severity, n.path])).toEqual([
      ['render/no-campaign-for-template', 'warning', '--template'],
      ['render/partner-not-in-campaign', 'warning', 'partners'],
    ]);
    expect(report.notices[0]?.message).toContain('« citation »');
    expect(report.notices[1]?.message).toMatch(
      /^« capso » ne signe pas cette campagne \(partenaires : territoire\)/,
    );
  });
});

describe('images', () => {
  const photoJob = async (src: string, allowRemote: boolean, format = 'instagram-square') => {
    const deps = await testDeps();
    const template = deps.templates.actualite as unknown as { example: Record<string, unknown> };
    const content = { ...template.example, image: { src, focalPoint: { x: 0.5, y: 0.5 } } };
    const job = {
      key: `capso/photo/${format}`,
      campaign: {
        id: 'photo',
        file: join(repoRoot, 'assets', 'campaigns', 'photo.yaml'),
        template: 'actualite',
        content,
      },
      partner: 'capso',
      format,
      mode: format.startsWith('poster') ? 'print' : 'light',
      outputs: ['png'] as const,
      outDir: '',
      hash: '',
      allowRemote,
    };
    return composeVisual(job, deps, fonts);
  };

  test('a remote image URL is refused unless allowed', async () => {
    const error = await photoJob('https://example.org/photo.jpg', false).catch((e: unknown) => e);
    expect(isBlasonError(error)).toBe(true);
    expect((error as { problems: { path?: string; message: string }[] }).problems[0]).toMatchObject({
      path: 'content.image.src',
      message: expect.stringContaining('--allow-remote'),
    });
  });

  test('a remote image is fetched when the run allows it', async () => {
    const photo = await readFile(join(repoRoot, 'assets', 'images', 'marais-aube.jpg'));
    const server = createServer((_, response) => response.end(photo));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const composed = await photoJob(`http://127.0.0.1:${port}/marais-aube.jpg`, true);
      expect(composed.under).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  test('a photo is cropped to its box around the focal point', async () => {
    // A 400×100 strip, black with a white square at x 300–340: the focal point is on the square.
    const source = await sharp({ create: { width: 400, height: 100, channels: 3, background: '#000000' } })
      .composite([
        {
          input: await sharp({
            create: { width: 40, height: 100, channels: 3, background: '#ffffff' },
          })
            .png()
            .toBuffer(),
          left: 300,
          top: 0,
        },
      ])
      .png()
      .toBuffer();
    const brightness = async (focal: { x: number; y: number }) => {
      const { jpeg } = await cropToBox(source, { width: 100, height: 100 }, focal);
      const { data, info } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([100, 100]);
      return { centre: data[50 * 100 + 50] ?? 0, mean: data.reduce((a, b) => a + b, 0) / data.length };
    };
    const onSquare = await brightness({ x: 0.8, y: 0.5 });
    expect(onSquare.centre).toBeGreaterThan(200);
    const leftEdge = await brightness({ x: 0, y: 0.5 });
    expect(leftEdge.mean).toBeLessThan(10);
  });

  test('a crop is oversampled on request, as far as the source has pixels', async () => {
    const source = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    const size = async (box: number, oversample: number) => {
      const crop = await cropToBox(source, { width: box, height: box }, { x: 0.5, y: 0.5 }, { oversample });
      const { width, height } = await sharp(crop.jpeg).metadata();
      return { width, height, scale: crop.scale };
    };
    expect(await size(100, 2)).toEqual({ width: 200, height: 200, scale: 2 });
    expect(await size(100, 8)).toEqual({ width: 400, height: 400, scale: 4 });
    expect(await size(800, 2)).toEqual({ width: 800, height: 800, scale: 1 });
  });

  test('the self-contained SVG of a photo visual draws what its PNG shows', async () => {
    const composed = await photoJob(join(repoRoot, 'assets', 'images', 'marais-aube.jpg'), false);
    const { width, height } = composed.format;
    const pixels = async (input: Parameters<typeof rasterize>[0]) =>
      sharp((await rasterize(input, ['png'])).get('png') as Buffer)
        .raw()
        .toBuffer();
    const png = await pixels({ svg: composed.svg, width, height, under: composed.under });
    const svg = await pixels({ svg: await composed.standaloneSvg(), width, height });
    expect(svg.length).toBe(png.length);
    let total = 0;
    let worst = 0;
    for (let i = 0; i < png.length; i++) {
      const difference = Math.abs((png[i] as number) - (svg[i] as number));
      total += difference;
      worst = Math.max(worst, difference);
    }
    // Only the JPEG decoders differ (libjpeg-turbo under the PNG, resvg's own in the SVG).
    expect(worst).toBeLessThanOrEqual(8);
    expect(total / png.length).toBeLessThan(0.5);
  });

  test('a poster embeds its photo above the layout’s 150 ppi, up to 300 ppi, and says at how much', async () => {
    const src = join(repoRoot, 'assets', 'images', 'marais-aube.jpg');
    const composed = await photoJob(src, false, 'poster-a4');
    const box = composed.layout.graphics.image as { width: number; height: number };
    const embedded = (await composed.standaloneSvg()).match(/data:image\/jpeg;base64,([^"']+)/)?.[1] ?? '';
    const { width } = await sharp(Buffer.from(embedded, 'base64')).metadata();
    expect(width).toBeGreaterThan(Math.round(box.width));
    expect(composed.photoPpi).toBeGreaterThan(150);
    expect(composed.photoPpi).toBeLessThanOrEqual(300);
    expect(composed.photoPpi).toBe(Math.round((150 * (width ?? 0)) / Math.round(box.width)));
    // The preview and the screen raster keep the layout's own resolution.
    const { width: underWidth } = await sharp(composed.under[0]?.input).metadata();
    expect(underWidth).toBe(Math.round(box.width));
  });
});
