/**
 * Print and logos: time to encode an A3 poster PDF (vector, CMYK, crop marks) from a real satori
 * SVG of the `evenement` template, and time to build every logo file and the usage sheet of one
 * partner. The poster SVG is composed once; only `encodePosterPdf` is timed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAllLogos, buildLogos } from '@blason/logos';
import { type CmykLookup, encodePosterPdf } from '@blason/print';
import * as render from '@blason/render';
import { templates } from '@blason/templates';
import { loadBrand } from '@blason/tokens';
import type { BenchResult } from './types.js';

const tokensDir = fileURLToPath(new URL('../../tokens', import.meta.url));
const lexiconDir = fileURLToPath(new URL('../../tokens/lexicon', import.meta.url));
const fixture = new URL('../../packages/print/test/fixtures/poster-a3.svg', import.meta.url);
const PARTNER = 'capso';
const RUNS = 7;

interface PosterSource {
  readonly svg: string;
  readonly label: string;
}

/** The evenement template's example as an A3 poster SVG; the committed satori fixture if that fails. */
async function posterSvg(): Promise<PosterSource> {
  try {
    const deps = await render.loadDeps({ tokensDir, lexiconDir });
    const content = templates.evenement.example as unknown as Record<string, unknown>;
    const composed = await render.composeVisual(
      {
        key: `${PARTNER}/bench/poster-a3`,
        campaign: {
          id: 'bench',
          file: 'bench.yaml',
          template: 'evenement',
          content,
        },
        partner: PARTNER,
        format: 'poster-a3',
        mode: 'print',
        outputs: ['png'],
        outDir: tmpdir(),
        hash: 'bench',
      },
      deps,
      render.nodeFonts(),
    );
    // The render inlines embedded SVG images (QR code, pictograms) as vectors before encoding.
    const inline =
      (render as { inlineSvgImages?: (svg: string) => string }).inlineSvgImages ?? ((svg) => svg);
    return { svg: inline(await composed.standaloneSvg()), label: 'evenement template' };
  } catch (error) {
    process.stderr.write(`print bench: template poster unavailable (${String(error)}), using the fixture\n`);
    return { svg: await readFile(fixture, 'utf8'), label: 'satori fixture' };
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(action: () => Promise<unknown>): Promise<number> {
  return (await measure(action)).wall;
}

/** Wall time, and CPU time of the process (main thread and libvips threads), in ms. */
async function measure(action: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await action();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

export async function run(): Promise<BenchResult[]> {
  const brand = await loadBrand({ tokensDir });
  const print = brand.theme(PARTNER, 'print');
  const cmyk: CmykLookup = (hex) => print.print.cmykOfHex(hex);
  const poster = await posterSvg();
  const encode = () =>
    encodePosterPdf({
      svg: poster.svg,
      trimWidthMm: 297,
      trimHeightMm: 420,
      bleedMm: 3,
      cmyk,
      allowRgb: true,
      metadata: { title: 'Banc d’essai', subject: 'Affiche A3', author: PARTNER, lang: 'fr-FR' },
      date: new Date(Date.UTC(2026, 0, 1)),
    });
  await encode();
  const posterTimes: number[] = [];
  const posterCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { wall, cpu } = await measure(encode);
    posterTimes.push(wall);
    posterCpu.push(cpu);
  }

  const outDir = await mkdtemp(join(tmpdir(), 'blason-bench-logos-'));
  try {
    const first = await time(() => buildLogos({ tokensDir, partner: PARTNER, outDir }));
    const again = await time(() => buildLogos({ tokensDir, partner: PARTNER, outDir }));
    let files = 0;
    const all = await measure(async () => {
      const results = await buildAllLogos({ tokensDir, outDir });
      files = results.reduce((sum, result) => sum + result.entries.length, 0);
    });
    return [
      {
        suite: 'print',
        name: `A3 poster PDF, median of ${RUNS} (${poster.label}, ${Math.round(poster.svg.length / 1024)} KB SVG)`,
        value: median(posterTimes),
        unit: 'ms',
        target: '< 300 ms',
      },
      { suite: 'print', name: 'A3 poster PDF, CPU time (median)', value: median(posterCpu), unit: 'ms' },
      { suite: 'print', name: `logos of one partner, first build (${PARTNER})`, value: first, unit: 'ms' },
      { suite: 'print', name: `logos of one partner, again (${PARTNER})`, value: again, unit: 'ms' },
      { suite: 'print', name: `logos of every partner (${files} files), wall`, value: all.wall, unit: 'ms' },
      { suite: 'print', name: `logos of every partner, CPU time`, value: all.cpu, unit: 'ms' },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
