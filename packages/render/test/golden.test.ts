import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { composeVisual } from '../src/index.js';
import { rasterize } from '../src/node/encode.js';
import { fonts, repoRoot, testDeps } from './support/deps.js';
import { decode, seeThrough, textContrast } from './support/pixels.js';

/**
 * Golden images: every template × format for two partners, compared with committed baselines
 * (downscaled to 270 px wide to keep the repository small). Refresh after an intended change:
 *   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 * A missing baseline is written on first run, except in CI where it fails. Diff images go to
 * test/__diffs__/ (ignored by git).
 */
const GOLDEN = join(import.meta.dirname, '__golden__');
const DIFFS = join(import.meta.dirname, '__diffs__');
const WIDTH = 270;
const PARTNERS = ['capso', 'office-tourisme'] as const;
/** Share of pixels allowed to differ (font rasterisation differs slightly across libvips builds). */
const TOLERANCE = 0.01;
const update = process.env.UPDATE_GOLDEN === '1';

const deps = await testDeps();
const cases = Object.values(deps.templates).flatMap((template) =>
  deps.formatIds.flatMap((format) => PARTNERS.map((partner) => ({ template, format, partner }))),
);

async function thumbnail(png: Buffer): Promise<Buffer> {
  return sharp(png)
    .resize({ width: WIDTH, kernel: 'lanczos3' })
    .png({ compressionLevel: 9, palette: true, quality: 90, dither: 0 })
    .toBuffer();
}

describe.each(cases)('$template.id × $format × $partner', ({ template, format, partner }) => {
  test('matches its golden image, keeps text readable and inside the safe zone', async () => {
    const mode = format.startsWith('poster') ? 'print' : 'light';
    const composed = await composeVisual(
      {
        key: `${partner}/${template.id}/${format}`,
        campaign: {
          id: template.id,
          // Sample images are referenced relative to the campaigns folder.
          file: join(repoRoot, 'assets', 'campaigns', `${template.id}.example.yaml`),
          template: template.id,
          content: (template as unknown as { example: Record<string, unknown> }).example,
        },
        partner,
        format,
        mode,
        outputs: ['png'],
        outDir: '',
        hash: '',
      },
      deps,
      fonts,
    );
    const spec = composed.format;
    const png = (
      await rasterize({ svg: composed.svg, width: spec.width, height: spec.height, under: composed.under }, [
        'png',
      ])
    ).get('png') as Buffer;

    // Safe zones, from the layout: every text box and safe graphic inside the format's insets.
    const zone = spec.safeZone;
    const inside = (r: { x: number; y: number; width: number; height: number }) =>
      r.x >= zone.left - 0.5 &&
      r.y >= zone.top - 0.5 &&
      r.x + r.width <= spec.width - zone.right + 0.5 &&
      r.y + r.height <= spec.height - zone.bottom + 0.5;
    for (const box of composed.layout.text)
      expect(inside(box), `text ${box.field} outside the safe zone`).toBe(true);
    for (const [name, graphic] of Object.entries(composed.layout.graphics)) {
      if (graphic?.safe) expect(inside(graphic), `graphic ${name} outside the safe zone`).toBe(true);
    }

    // Opaque to the edges: a transparent pixel shows the network's own background (black in a
    // dark mode) through the visual.
    const pixels = await decode(png);
    const transparent = seeThrough(pixels);
    expect(transparent.count, `${transparent.count} transparent pixels, ${transparent.where}`).toBe(0);

    // Contrast of each text on its real background, measured on the rendered pixels.
    for (const box of composed.layout.text) {
      const fit = composed.fitted[box.field];
      const large =
        (fit?.fontSize ?? 0) >= 24 || ((fit?.fontSize ?? 0) >= 18.67 && (box.style.fontWeight ?? 400) >= 700);
      expect(
        textContrast(pixels, box),
        `contrast of ${box.field} (${fit?.fontSize} px)`,
      ).toBeGreaterThanOrEqual(large ? 3 : 4.5);
    }

    // Pixel comparison with the baseline.
    const actual = await thumbnail(png);
    const name = `${template.id}--${format}--${partner}.png`;
    const baseline = join(GOLDEN, name);
    if (update || (!existsSync(baseline) && !process.env.CI)) {
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(baseline, actual);
      return;
    }
    const expected = PNG.sync.read(await readFile(baseline));
    const got = PNG.sync.read(actual);
    expect([got.width, got.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: got.width, height: got.height });
    const different = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, {
      threshold: 0.1,
    });
    if (different > TOLERANCE * got.width * got.height) {
      await mkdir(DIFFS, { recursive: true });
      await writeFile(join(DIFFS, name), PNG.sync.write(diff));
    }
    expect(
      different,
      `${different} pixels differ from ${name} (diff in test/__diffs__/)`,
    ).toBeLessThanOrEqual(TOLERANCE * got.width * got.height);
  });
});
