import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ProblemBody, postJson, type TestStudio, testStudio } from './support.js';

let studio: TestStudio;
beforeAll(async () => {
  studio = await testStudio();
}, 60_000);
afterAll(() => studio?.close());

const EXPECTED = new Set([200, 400, 404, 413, 503]);

/** Known ids mixed with strings that look like paths, so both branches of every check are taken. */
const idLike = (known: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom('', '..', '../..', '/etc/passwd', 'capso/../x', '%2e%2e', 'CAPSO', '\u0000'),
    fc.string({ maxLength: 20 }),
    fc.anything({ maxDepth: 1 }),
  );

const contentLike = (examples: readonly Record<string, unknown>[]) =>
  fc.oneof(
    fc.constantFrom(...examples),
    fc
      .tuple(fc.constantFrom(...examples), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
      .map(([example, key, value]) => ({ ...example, [key]: value })),
    fc.dictionary(
      fc.constantFrom(
        'title',
        'kicker',
        'date',
        'place',
        'image',
        'headline',
        'text',
        'quote',
        'figures',
        'x',
      ),
      fc.oneof(
        fc.string({ maxLength: 120 }),
        fc.constantFrom('../../etc/passwd', '/etc/passwd', 'https://example.org/a.jpg', 'St-Omer', 'CAPSO'),
        fc.record({
          src: fc.constantFrom('../images/marais-aube.jpg', '../../../etc/hosts', 'file:///etc/hosts'),
        }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    ),
    fc.jsonValue({ maxDepth: 3 }),
  );

test('any POST /v1/render body gets a visual or planned French problems, never a 500', async () => {
  const brand = await (await studio.app.request('/v1/brand')).json();
  const examples = brand.templates.map((t: { example: Record<string, unknown> }) => t.example);
  const statuses = new Set<number>();
  const valid = fc.record({
    partner: fc.constantFrom(...brand.partners.map((p: { id: string }) => p.id)),
    template: fc.constantFrom(...brand.templates.map((t: { id: string }) => t.id)),
    format: fc.constantFrom('instagram-square', 'open-graph', 'linkedin'),
    ext: fc.constantFrom('png', 'jpg', 'svg'),
  });
  const partnerIds: string[] = brand.partners.map((p: { id: string }) => p.id);
  // Co-signers and forced compositions: the strip and the photo-led layouts are where the engine's
  // own checks (safe zones, room for a photo) can fail after the content validated.
  const extras = fc.record(
    {
      cosigners: fc.oneof(
        fc.uniqueArray(fc.constantFrom(...partnerIds), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(['capso', 'pays-de-lumbres'], ['nobody'], ['CAPSO'], [], 'capso'),
        fc.array(fc.constantFrom(...partnerIds), { minLength: 4, maxLength: 5 }),
      ),
      composition: fc.constantFrom('photo', 'colour', 'mosaic', ''),
      title: fc.constantFrom('Penser son mandat sur 6 ans', 'Atelier n° 12', 'Un titre '.repeat(12)),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    valid.map((request) => ({
      ...request,
      content: brand.templates.find((t: { id: string }) => t.id === request.template).example,
    })),
    fc.tuple(valid, extras).map(([request, extra]) => ({
      ...request,
      content: {
        ...brand.templates.find((t: { id: string }) => t.id === request.template).example,
        ...extra,
      },
    })),
    fc
      .tuple(
        valid,
        fc.constantFrom('partner', 'template', 'format', 'ext', 'mode', 'content'),
        fc.jsonValue(),
      )
      .map(([request, key, value]) => ({
        ...request,
        content: brand.templates.find((t: { id: string }) => t.id === request.template).example,
        [key]: value,
      })),
    fc.record(
      {
        partner: idLike(brand.partners.map((p: { id: string }) => p.id)),
        template: idLike(brand.templates.map((t: { id: string }) => t.id)),
        format: idLike(['instagram-square', 'open-graph', 'poster-a4']),
        content: contentLike(examples),
        mode: idLike(brand.modes),
        ext: idLike(['png', 'jpg', 'webp', 'svg', 'pdf']),
      },
      { requiredKeys: ['partner', 'template', 'format', 'content'] },
    ),
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ maxLength: 200 }).map((raw) => ({ raw })),
  );
  await fc.assert(
    fc.asyncProperty(body, async (value) => {
      const payload =
        value && typeof value === 'object' && 'raw' in value && Object.keys(value).length === 1
          ? (value as { raw: string }).raw
          : JSON.stringify(value);
      const response = await postJson(studio.app, '/v1/render', payload);
      statuses.add(response.status);
      expect(EXPECTED.has(response.status), `status ${response.status} for ${payload}`).toBe(true);
      if (response.status === 200) {
        expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
        return;
      }
      const { problems } = (await response.json()) as ProblemBody;
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(typeof problem.path).toBe('string');
        expect(problem.message).not.toMatch(/^(Invalid|Expected|Unrecognized)|\bat .*\.ts:\d+/);
      }
    }),
    { numRuns: 150, seed: 17 },
  );
  // The bodies reached every stage: renders, content problems and unknown ids.
  expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 404]));
}, 240_000);
