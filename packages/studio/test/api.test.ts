import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlasonError } from '@blason/core';
import { renderTask } from '@blason/render';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type ProblemBody, postJson, repoRoot, type TestStudio, testStudio } from './support.js';

let studio: TestStudio;
beforeAll(async () => {
  studio = await testStudio();
}, 60_000);
afterAll(() => studio?.close());

const get = (path: string, headers: Record<string, string> = {}) => studio.app.request(path, { headers });
const problems = async (response: Response) => ((await response.json()) as ProblemBody).problems;

const event = {
  partner: 'territoire',
  template: 'evenement',
  format: 'instagram-square',
  content: {
    title: 'Fête du marais',
    date: '2027-06-12',
    startTime: '10:00',
    endTime: '18:00',
    place: 'Maison du marais',
    address: 'Saint-Omer',
  },
};

describe('GET /v1/health and /v1/brand', () => {
  test('health answers ok', async () => {
    const response = await get('/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  test('the brand lists partners, modes, templates with their schemas, formats with their outputs', async () => {
    const brand = await (await get('/v1/brand')).json();
    expect(brand.partners.map((p: { id: string }) => p.id)).toContain('capso');
    expect(brand.modes).toEqual(expect.arrayContaining(['light', 'dark']));
    expect(brand.modes).not.toContain('print');
    const evenement = brand.templates.find((t: { id: string }) => t.id === 'evenement');
    expect(evenement.schema.properties.title).toMatchObject({
      type: 'string',
      maxLength: 90,
      description: 'Titre de l’événement',
    });
    expect(brand.formats.find((f: { id: string }) => f.id === 'poster-a4')).toMatchObject({
      kind: 'print',
      extensions: ['pdf', 'png'],
    });
  });
});

describe('security headers', () => {
  test('every answer carries a Content-Security-Policy and the usual headers', async () => {
    const response = await get('/v1/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});

describe('GET /v1/render/:partner/:campaign/:format.:ext', () => {
  test('the in-memory render gives the bytes the kit writes: the ETag is the kit file’s hash', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'studio-kit-'));
    try {
      const campaign = await studio.renderer.loadCampaign(
        join(studio.campaignsDir, 'journee-formation-mandat.yaml'),
      );
      const kit = await renderTask({
        setup: { tokensDir: join(repoRoot, 'tokens'), lexiconDir: join(repoRoot, 'tokens', 'lexicon') },
        job: {
          key: 'territoire/journee-formation-mandat/instagram-square',
          campaign,
          partner: 'territoire',
          format: 'instagram-square',
          mode: 'light',
          outputs: ['png', 'svg'],
          outDir,
          hash: 'test',
        },
      });
      if (!kit.ok) throw new Error('the kit did not render');
      for (const [ext, mediaType] of [
        ['png', 'image/png'],
        ['svg', 'image/svg+xml'],
      ]) {
        const response = await get(
          `/v1/render/territoire/journee-formation-mandat/instagram-square.${ext}?mode=light`,
        );
        const file = kit.visual.files.find((f) => f.mediaType === mediaType);
        expect(response.headers.get('etag')).toBe(`"${file?.sha256}"`);
      }
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  const url = '/v1/render/territoire/journee-formation-mandat/instagram-square.png';

  test('renders the campaign as a PNG with a strong ETag, then answers 304 to If-None-Match', async () => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const etag = response.headers.get('etag') as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1080, 1080]);
    const again = await get(url, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(url, { 'If-None-Match': '"other"' })).status).toBe(200);
  }, 60_000);

  test('a photo replaced on disk under its name is drawn again: new pixels, new ETag', async () => {
    // The story is photo-led (the square of this campaign is colour-led and shows no photo).
    const photoUrl = '/v1/render/office-tourisme/marais-barque/story.png';
    const before = await get(photoUrl);
    expect(before.status).toBe(200);
    const photo = join(studio.assetsDir, 'images', 'marais-barque.jpg');
    const { width, height } = await sharp(photo).metadata();
    const red = { r: 200, g: 30, b: 30 };
    await writeFile(
      photo,
      await sharp({ create: { width, height, channels: 3, background: red } })
        .jpeg()
        .toBuffer(),
    );
    // The assets folder is watched: the change reaches the server within a few milliseconds.
    let after = await get(photoUrl);
    for (let tries = 0; after.headers.get('etag') === before.headers.get('etag') && tries < 50; tries++) {
      await new Promise((done) => setTimeout(done, 20));
      after = await get(photoUrl);
    }
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const pixels = async (response: Response) =>
      sharp(Buffer.from(await response.arrayBuffer()))
        .raw()
        .toBuffer();
    expect((await pixels(after)).equals(await pixels(before))).toBe(false);
  }, 60_000);

  test('the same request gives the same bytes', async () => {
    const [a, b] = await Promise.all([get(url), get(url)]);
    expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer()))).toBe(true);
  });

  test('an SVG is the kit’s own, sent with a policy that forbids scripts', async () => {
    const response = await get('/v1/render/capso/journee-formation-mandat/open-graph.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const svg = await response.text();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
  }, 60_000);

  test('a poster is a PDF, in the print mode', async () => {
    const response = await get('/v1/render/territoire/journee-formation-mandat/poster-a4.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 60_000);

  test.each([
    [
      '/v1/render/nobody/journee-formation-mandat/instagram-square.png',
      'partner',
      /partenaire inconnu «\u00A0nobody\u00A0»/,
    ],
    ['/v1/render/capso/nothing/instagram-square.png', 'campaign', /campagne inconnue «\u00A0nothing\u00A0»/],
    [
      '/v1/render/capso/journee-formation-mandat/billboard.png',
      'format',
      /format inconnu «\u00A0billboard\u00A0»/,
    ],
    [
      '/v1/render/capso/journee-formation-mandat/instagram-square.gif',
      'ext',
      /type de fichier inconnu «\u00A0gif\u00A0»/,
    ],
    [
      '/v1/render/capso/journee-formation-mandat/instagram-square.pdf',
      'ext',
      /type de fichier inconnu «\u00A0pdf\u00A0»/,
    ],
    [
      '/v1/render/capso/journee-formation-mandat/poster-a4.svg',
      'ext',
      /type de fichier inconnu «\u00A0svg\u00A0»/,
    ],
    ['/v1/render/capso/journee-formation-mandat/instagram-square.png?mode=sepia', 'mode', /mode inconnu/],
    [
      '/v1/render/agence-eco/journee-formation-mandat/instagram-square.png',
      'partner',
      /^«\u00A0agence-eco\u00A0» ne signe pas la campagne «\u00A0journee-formation-mandat\u00A0» \(partenaires\u00A0: territoire, capso, pays-de-lumbres\)$/,
    ],
  ])('%s is a 404 naming %s', async (path, field, message) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    const [problem] = await problems(response);
    expect(problem).toEqual({ path: field, message: expect.stringMatching(message) });
  });

  test.each([
    '/v1/render/capso/..%2F..%2Ftokens%2Fbrand/instagram-square.png',
    '/v1/render/capso/%2Fetc%2Fpasswd/instagram-square.png',
    '/v1/render/capso/../../etc/passwd/instagram-square.png',
    '/v1/render/capso/.journee-formation-mandat/instagram-square.png',
    '/v1/render/capso/journee-formation-mandat.yaml/instagram-square.png',
  ])('path traversal %s never reaches a file', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  test('a campaign file that is a symbolic link out of the campaigns folder is unknown', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'studio-outside-'));
    try {
      await writeFile(
        join(outside, 'secret.yaml'),
        'template: evenement\npartners: all\ncontent:\n  title: Secret\n  date: 2027-06-12\n  place: Ailleurs\n',
      );
      await symlink(join(outside, 'secret.yaml'), join(studio.campaignsDir, 'fuite.yaml'));
      studio.renderer.campaignsChanged();
      const response = await get('/v1/render/capso/fuite/instagram-square.png');
      expect(response.status).toBe(404);
      expect((await problems(response))[0]?.message).toMatch(/campagne inconnue «\u00A0fuite\u00A0»/);
      expect((await get('/v1/campaigns/fuite')).status).toBe(404);
      const list = (await (await get('/v1/campaigns')).json()) as { campaigns: { id: string }[] };
      expect(list.campaigns.map((c) => c.id)).not.toContain('fuite');
    } finally {
      await rm(join(studio.campaignsDir, 'fuite.yaml'), { force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  test('a campaign file edited on disk is drawn again: cached answers follow the file', async () => {
    const file = join(studio.campaignsDir, 'citation-elue.yaml');
    const url = '/v1/render/territoire/citation-elue/open-graph.svg';
    const first = await get(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') as string;
    expect((await get(url, { 'If-None-Match': etag })).status).toBe(304);
    const source = await readFile(file, 'utf8');
    const edited = source.replace(
      'Témoignage sur le marketing territorial',
      'Témoignage sur la marque du territoire',
    );
    expect(edited).not.toBe(source);
    await writeFile(file, edited);
    // The folder is watched: the change is seen without any request having to stat the file.
    await expect.poll(async () => (await get(url, { 'If-None-Match': etag })).status).toBe(200);
    const second = await get(url);
    expect(second.headers.get('etag')).not.toBe(etag);
  });

  test('a campaign file with bad content is a 400 with the CLI’s French problems', async () => {
    await writeFile(
      join(studio.campaignsDir, 'cassee.yaml'),
      'template: evenement\npartners: all\ncontent:\n  title: ""\n  date: 2027-02-30\n',
    );
    const response = await get('/v1/render/capso/cassee/instagram-square.png');
    expect(response.status).toBe(400);
    const found = await problems(response);
    expect(found).toContainEqual({
      path: 'content.place',
      message: expect.stringMatching(/^Lieu .*: champ obligatoire manquant \(attendu\u00A0: un texte\)$/),
    });
    expect(found.map((p) => p.path)).toContain('content.date');
  });
});

describe('POST /v1/render', () => {
  test('renders unsaved content in the asked output', async () => {
    const response = await postJson(studio.app, '/v1/render', { ...event, ext: 'webp', mode: 'dark' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width]).toEqual(['webp', 1080]);
    const etag = response.headers.get('etag') as string;
    const again = await postJson(
      studio.app,
      '/v1/render',
      { ...event, ext: 'webp', mode: 'dark' },
      {
        'If-None-Match': etag,
      },
    );
    expect(again.status).toBe(304);
  }, 60_000);

  test('a JPEG by default extension is refused when unknown, PNG when omitted', async () => {
    const response = await postJson(studio.app, '/v1/render', { ...event, format: 'linkedin' });
    expect(response.headers.get('content-type')).toBe('image/png');
    const bad = await postJson(studio.app, '/v1/render', { ...event, ext: 'bmp' });
    expect(bad.status).toBe(400);
    expect((await problems(bad))[0]?.path).toBe('ext');
  }, 60_000);

  test('bad content is a 400 with the pipeline’s French problems, field by field', async () => {
    const response = await postJson(studio.app, '/v1/render', {
      ...event,
      content: { ...event.content, title: 'x'.repeat(200), startTime: '25:00', extra: 1 },
    });
    expect(response.status).toBe(400);
    const found = await problems(response);
    expect(found.map((p) => p.path)).toEqual(expect.arrayContaining(['content.title', 'content.startTime']));
    expect(found.every((p) => !/[A-Z][a-z]+ expected|Invalid/.test(p.message))).toBe(true);
  });

  test('a lint error stops the render with the CLI’s message', async () => {
    const response = await postJson(studio.app, '/v1/render', {
      ...event,
      content: { ...event.content, title: 'Les rendez-vous de la CAPSO' },
    });
    expect(response.status).toBe(400);
    const [problem] = await problems(response);
    expect(problem).toEqual({
      path: 'content.title',
      message: expect.stringContaining('Première mention du sigle'),
    });
  });

  test.each([
    [{ ...event, partner: 'nobody' }, 'partner'],
    [{ ...event, template: 'affiche' }, 'template'],
    [{ ...event, format: 'billboard' }, 'format'],
    [{ ...event, format: 'poster-a4', ext: 'webp' }, 'ext'],
    [{ ...event, mode: 'sepia' }, 'mode'],
  ])('an unknown id is a 404 naming %#', async (body, field) => {
    const response = await postJson(studio.app, '/v1/render', body);
    expect(response.status).toBe(404);
    expect((await problems(response))[0]?.path).toBe(field);
  });

  test.each([
    ['not json', '{"partner":'],
    ['an array', '[]'],
    ['missing fields', '{}'],
    ['wrong types', '{"partner":1,"template":true,"format":null,"content":"x"}'],
  ])('%s is a 400 in French', async (_, body) => {
    const response = await postJson(studio.app, '/v1/render', body);
    expect(response.status).toBe(400);
    const found = await problems(response);
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) expect(problem.message).toMatch(/attendu|illisible|JSON/);
  });

  test('a body over 1 MB is a 413', async () => {
    const response = await postJson(studio.app, '/v1/render', {
      ...event,
      content: { ...event.content, summary: 'a'.repeat(1024 * 1024) },
    });
    expect(response.status).toBe(413);
    expect((await problems(response))[0]?.message).toMatch(/trop volumineuse/);
  });

  test.each([
    ['an absolute path', '/etc/passwd'],
    ['a path out of assets/', '../../../../etc/passwd'],
    ['a path out of assets/ through its sibling', '../../tokens/brand.json'],
  ])('a photo at %s is refused before any read', async (_, src) => {
    const response = await postJson(studio.app, '/v1/render', {
      partner: 'territoire',
      template: 'actualite',
      format: 'instagram-square',
      content: { headline: 'Le marais', text: 'Au fil de l’eau.', image: { src } },
    });
    expect(response.status).toBe(400);
    expect(await problems(response)).toContainEqual({
      path: 'content.image.src',
      message: expect.stringContaining('doit être un fichier du dossier assets/'),
    });
  });

  test('a symbolic link out of assets/ is refused', async () => {
    await symlink('/etc/hostname', join(studio.assetsDir, 'images', 'escape.jpg'));
    const response = await postJson(studio.app, '/v1/render', {
      partner: 'territoire',
      template: 'actualite',
      format: 'instagram-square',
      content: { headline: 'Le marais', text: 'Au fil de l’eau.', image: { src: '../images/escape.jpg' } },
    });
    expect(response.status).toBe(400);
    expect((await problems(response))[0]?.path).toBe('content.image.src');
  });

  test('a remote photo is refused without --allow-remote, in the CLI’s words', async () => {
    const response = await postJson(studio.app, '/v1/render', {
      partner: 'territoire',
      template: 'actualite',
      format: 'instagram-square',
      content: {
        headline: 'Le marais',
        text: 'Au fil de l’eau.',
        image: { src: 'https://example.org/photo.jpg' },
      },
    });
    expect(response.status).toBe(400);
    expect((await problems(response))[0]?.message).toMatch(/adresse distante .* est refusée.*--allow-remote/);
  });

  test('with --allow-remote a remote photo is fetched: one that cannot be read is a 400 on its field', async () => {
    const remote = await testStudio({}, { allowRemote: true });
    try {
      const response = await postJson(remote.app, '/v1/render', {
        partner: 'territoire',
        template: 'actualite',
        format: 'instagram-square',
        content: {
          headline: 'Le marais',
          text: 'Au fil de l’eau.',
          // Nothing listens on port 9 of loopback: the fetch fails at once, with no network.
          image: { src: 'http://127.0.0.1:9/photo.jpg' },
        },
      });
      const found = await problems(response);
      expect(found[0]?.message).not.toMatch(/--allow-remote/);
      expect(response.status).toBe(400);
      expect(found[0]?.path).toMatch(/^content\.image/);
    } finally {
      await remote.close();
    }
  });
});

describe('POST /v1/lint', () => {
  test('gives the fixed text, what the fixer changed and what is left', async () => {
    const response = await postJson(studio.app, '/v1/lint', {
      text: 'La newsletter de la CAPSO',
      partner: 'territoire',
      channel: 'social',
    });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.text).toBe('La lettre d’information de la CAPSO');
    expect(result.applied).toMatchObject([{ found: 'newsletter', suggestion: 'lettre d’information' }]);
    expect(result.findings).toMatchObject([{ found: 'CAPSO', severity: 'error' }]);
  });

  test('a format instead of a channel lints for print on posters, for social networks on screens', async () => {
    // The lexicon's 40-character title budget holds on social networks only.
    const text = 'Journée de formation des élus du territoire';
    const lint = async (format: string) => {
      const body = { text, partner: 'territoire', format, field: 'title' };
      return (await (await postJson(studio.app, '/v1/lint', body)).json()).findings as unknown[];
    };
    expect((await lint('instagram-square')).length).toBeGreaterThan(0);
    expect(await lint('poster-a4')).toEqual([]);
    const neither = await postJson(studio.app, '/v1/lint', { text, partner: 'territoire' });
    expect(neither.status).toBe(400);
    expect(await problems(neither)).toEqual([{ path: 'channel', message: 'canal requis (ou un format)' }]);
    const unknown = await postJson(studio.app, '/v1/lint', { text, partner: 'territoire', format: 'fax' });
    expect(unknown.status).toBe(404);
  });

  test('an unknown partner is a 404, an unknown channel a 400, a missing text a 400', async () => {
    const base = { text: 'Bonjour', partner: 'territoire', channel: 'social' };
    expect((await postJson(studio.app, '/v1/lint', { ...base, partner: 'x' })).status).toBe(404);
    const channel = await postJson(studio.app, '/v1/lint', { ...base, channel: 'radio' });
    expect(channel.status).toBe(400);
    expect((await problems(channel))[0]?.message).toMatch(/canal inconnu «\u00A0radio\u00A0»/);
    const missing = await postJson(studio.app, '/v1/lint', { partner: 'territoire', channel: 'social' });
    expect(await problems(missing)).toEqual([
      { path: 'text', message: 'champ obligatoire manquant (attendu\u00A0: un texte)' },
    ]);
  });
});

describe('POST /v1/campaigns', () => {
  const campaign = {
    template: event.template,
    title: 'Fête du marais',
    partners: 'all',
    content: event.content,
  };

  test('saves a new campaign as YAML (201), then refuses to replace it (409) unless asked', async () => {
    const created = await postJson(studio.app, '/v1/campaigns', { id: 'fete-du-marais', ...campaign });
    expect(created.status).toBe(201);
    const file = join(studio.campaignsDir, 'fete-du-marais.yaml');
    expect(parse(await readFile(file, 'utf8'))).toEqual(campaign);
    const again = await postJson(studio.app, '/v1/campaigns', {
      id: 'fete-du-marais',
      ...campaign,
      title: 'Autre',
    });
    expect(again.status).toBe(409);
    expect((await problems(again))[0]?.message).toMatch(/existe déjà/);
    expect(parse(await readFile(file, 'utf8')).title).toBe('Fête du marais');
    const replaced = await postJson(studio.app, '/v1/campaigns', {
      id: 'fete-du-marais',
      ...campaign,
      title: 'Autre',
      overwrite: true,
    });
    expect(replaced.status).toBe(201);
    expect(parse(await readFile(file, 'utf8')).title).toBe('Autre');
    const rendered = await get('/v1/render/territoire/fete-du-marais/instagram-square.png');
    expect(rendered.status).toBe(200);
  }, 60_000);

  test('refuses an existing campaign under another extension', async () => {
    const response = await postJson(studio.app, '/v1/campaigns', { id: 'citation-elue', ...campaign });
    expect(response.status).toBe(409);
  });

  test('an error body is spaced the French way: no-break spaces inside « » and before the colon', async () => {
    const response = await postJson(studio.app, '/v1/campaigns', { id: 'citation-elue', ...campaign });
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      problems: [
        {
          path: 'id',
          // « overwrite: true » is code: its colon keeps no space.
          message:
            'la campagne «\u00A0citation-elue\u00A0» existe déjà\u00A0: confirmez son remplacement (overwrite: true)',
        },
      ],
    });
    expect(JSON.parse(body).problems[0].message).not.toMatch(/« | »| [:;!?]/);
  });

  test('invalid content is a 400 and nothing is written', async () => {
    const response = await postJson(studio.app, '/v1/campaigns', {
      id: 'vide',
      template: 'evenement',
      content: { title: '' },
    });
    expect(response.status).toBe(400);
    expect((await get('/v1/campaigns/vide')).status).toBe(404);
  });

  test.each(['../escape', '/tmp/x', 'Fete', 'a/b', '.hidden', ''])('the id %j is refused', async (id) => {
    const response = await postJson(studio.app, '/v1/campaigns', { id, ...campaign });
    expect(response.status).toBe(400);
    expect((await problems(response))[0]?.path).toBe('id');
  });

  test('lists the campaigns and reads one', async () => {
    const list = await (await get('/v1/campaigns')).json();
    expect(list.campaigns).toContainEqual({
      id: 'citation-elue',
      valid: true,
      template: 'citation',
      title: expect.any(String),
    });
    const one = await get('/v1/campaigns/journee-formation-mandat');
    expect(await one.json()).toMatchObject({ id: 'journee-formation-mandat', template: 'evenement' });
    expect((await get('/v1/campaigns/..%2Fimages')).status).toBe(404);
  });
});

describe('limits', () => {
  test('a full queue answers 503 with Retry-After; a slow render 503 too', async () => {
    const busy = await testStudio({ maxPending: 1, renderTimeoutMs: 60_000 });
    try {
      // The first render is held at a gate: in-memory renders are too quick to race against.
      const render = busy.renderer.render.bind(busy.renderer);
      let open = () => {};
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      (busy.renderer as { render: typeof render }).render = async (request) => {
        await gate;
        return render(request);
      };
      const first = Promise.resolve(postJson(busy.app, '/v1/render', event));
      const pending = async () =>
        ((await (await busy.app.request('/v1/health')).json()) as { pending: number }).pending;
      while ((await pending()) < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      const second = await postJson(busy.app, '/v1/render', { ...event, format: 'linkedin' });
      open();
      expect(second.status).toBe(503);
      expect(second.headers.get('retry-after')).toBe('1');
      expect((await problems(second))[0]?.message).toMatch(/file de rendu pleine/);
      expect((await first).status).toBe(200);
    } finally {
      await busy.close();
    }
    const slow = await testStudio({ renderTimeoutMs: 1 });
    try {
      const response = await postJson(slow.app, '/v1/render', event);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect((await problems(response))[0]?.message).toMatch(/le rendu a dépassé/);
    } finally {
      await slow.close();
    }
  }, 90_000);

  test('an engine refusal is a 400 on its field; an unexpected failure a French 500, logged once', async () => {
    const failing = await testStudio();
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    let calls = 0;
    try {
      (failing.renderer as { render: unknown }).render = async (request: { format: string }) => {
        calls++;
        if (request.format === 'linkedin')
          throw new BlasonError('Rendu impossible', [
            { code: 'strip/too-many', path: 'content.cosigners', message: 'Co-signataires : trop nombreux' },
          ]);
        throw new Error(`Template evenement puts text outside the safe zone of ${request.format}`);
      };
      process.stderr.write = ((chunk: string) =>
        stderr.push(String(chunk)) > 0) as typeof process.stderr.write;
      const refused = await postJson(failing.app, '/v1/render', { ...event, format: 'linkedin' });
      expect(refused.status).toBe(400);
      expect(await problems(refused)).toEqual([
        { path: 'content.cosigners', message: 'Co-signataires\u00A0: trop nombreux' },
      ]);
      // The same refusal again is answered from memory: the engine is not asked twice.
      expect((await postJson(failing.app, '/v1/render', { ...event, format: 'linkedin' })).status).toBe(400);
      expect(calls).toBe(1);
      for (let i = 0; i < 3; i++) {
        const broken = await postJson(failing.app, '/v1/render', event);
        expect(broken.status).toBe(500);
        const text = await broken.text();
        expect(JSON.parse(text)).toEqual({
          problems: [{ path: '', message: expect.stringMatching(/^erreur interne du studio\u00A0: /) }],
        });
        expect(text).not.toMatch(/safe zone|Template|\.ts:\d+|at /);
      }
    } finally {
      process.stderr.write = write;
      await failing.close();
    }
    // Logged once with its stack, not once per request.
    expect(stderr.filter((line) => line.includes('outside the safe zone'))).toHaveLength(1);
    expect(stderr.join('')).toMatch(/at .*api\.test\.ts/);
  });

  test('an unknown address is a JSON 404', async () => {
    const response = await get('/v1/nothing');
    expect(response.status).toBe(404);
    expect(await problems(response)).toEqual([{ path: '', message: 'adresse inconnue' }]);
  });
});
