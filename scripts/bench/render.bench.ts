/**
 * Render speed: Blason (satori + sharp) against a warm headless Chromium (Debian's, driven by
 * playwright-core, one page reused) drawing the same template elements to 1080 × 1080 PNGs with
 * the same HTML/CSS layout and fonts; then the whole sample set cold and the no-change rerun.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@blason/chromium';
import {
  type ComposedVisual,
  campaignFiles,
  composeVisual,
  fontFiles,
  loadDeps,
  nodeFonts,
  type RenderDeps,
  rasterize,
  renderCampaigns,
} from '@blason/render';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BenchResult } from './types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tokensDir = join(root, 'tokens');
const lexiconDir = join(root, 'tokens', 'lexicon');
const campaignsDir = join(root, 'assets', 'campaigns');
const FORMAT = 'instagram-square';

interface Sample {
  readonly key: string;
  readonly job: Parameters<typeof composeVisual>[0];
}

/** Every template's example content for every partner, in the square format. */
function samples(deps: RenderDeps): Sample[] {
  return Object.values(deps.templates).flatMap((template) =>
    deps.brand.partners.map((partner) => ({
      key: `${partner.id}/${template.id}`,
      job: {
        key: `${partner.id}/${template.id}/${FORMAT}`,
        campaign: {
          id: template.id,
          file: join(campaignsDir, `${template.id}.bench.yaml`),
          template: template.id,
          content: template.example as Record<string, unknown>,
        },
        partner: partner.id,
        format: FORMAT,
        mode: 'light',
        outputs: ['png'],
        outDir: '',
        hash: '',
      },
    })),
  );
}

/**
 * Blason in one thread: lint and fix, layout, fit, glyph check, satori, resvg, sharp PNG. With
 * `measureEveryText`, text measurements are not reused from earlier visuals (each visual gets a
 * fit cache of its own), as for content never rendered before; otherwise they are, as in a worker
 * rendering one campaign for several partners. The Chromium side gets the already fitted markup.
 */
async function blasonPerSecond(
  deps: RenderDeps,
  set: readonly Sample[],
  rounds: number,
  measureEveryText: boolean,
): Promise<number> {
  const fonts = nodeFonts();
  const { textBlock } = deps;
  const depsFor = (): RenderDeps =>
    measureEveryText && textBlock ? { ...deps, textBlock: (box, fit) => textBlock(box, fit) } : deps;
  const one = async (sample: Sample) => {
    const composed = await composeVisual(sample.job, depsFor(), fonts);
    const { width, height } = composed.format;
    await rasterize({ svg: composed.svg, width, height, under: composed.under }, ['png']);
  };
  for (const sample of set) await one(sample); // warm-up: JIT and fonts
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const sample of set) await one(sample);
  return (rounds * set.length) / ((performance.now() - started) / 1000);
}

/** The same elements as HTML (react-dom/server), fonts inlined once in a page that is reused. */
async function chromiumPerSecond(deps: RenderDeps, set: readonly Sample[], rounds: number): Promise<number> {
  const fonts = nodeFonts();
  const markup: string[] = [];
  for (const sample of set) {
    const composed: ComposedVisual = await composeVisual(sample.job, deps, fonts);
    markup.push(renderToStaticMarkup(composed.standaloneElement()));
  }
  const faces = await Promise.all(
    fontFiles().map(
      async (f) =>
        `@font-face{font-family:"${f.family}";font-weight:${f.weight};font-style:${f.style};src:url(data:font/ttf;base64,${(await readFile(f.path)).toString('base64')}) format("truetype")}`,
    ),
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1080 }, deviceScaleFactor: 1 });
    // satori lays every element out as a flex box unless told otherwise, and border-box here.
    await page.setContent(
      `<!doctype html><html lang="fr"><head><style>${faces.join('')}html,body{margin:0}#root{width:1080px;height:1080px;display:flex;position:relative;overflow:hidden}#root div{display:flex;box-sizing:border-box}</style></head><body><div id="root"></div></body></html>`,
    );
    const draw = async (html: string) => {
      await page.evaluate(async (content) => {
        const target = document.getElementById('root') as HTMLElement;
        target.innerHTML = content;
        await document.fonts.ready;
      }, html);
      await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 1080, height: 1080 } });
    };
    for (const html of markup) await draw(html); // warm-up
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const html of markup) await draw(html);
    return (rounds * markup.length) / ((performance.now() - started) / 1000);
  } finally {
    await browser.close();
  }
}

/** The sample campaigns for every partner and format (PNG + SVG + print PDFs), cold then unchanged. */
async function sampleRuns(): Promise<{ cold: number; rerun: number; visuals: number }> {
  const campaigns = await campaignFiles(campaignsDir);
  const outDir = await mkdtemp(join(tmpdir(), 'blason-bench-render-'));
  try {
    const run = () => renderCampaigns({ campaigns, tokensDir, lexiconDir, outDir, allowLintErrors: true });
    let started = performance.now();
    const cold = await run();
    const coldMs = performance.now() - started;
    started = performance.now();
    const warm = await run();
    const rerunMs = performance.now() - started;
    if (warm.skipped.length !== warm.visuals.length) throw new Error('the no-change rerun rendered again');
    return { cold: coldMs, rerun: rerunMs, visuals: cold.visuals.length };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const deps = await loadDeps({ tokensDir, lexiconDir });
  const set = samples(deps);
  const rounds = 2;
  const reused = await blasonPerSecond(deps, set, rounds, false);
  const measured = await blasonPerSecond(deps, set, rounds, true);
  const browser = await chromiumPerSecond(deps, set, rounds);
  const runs = await sampleRuns();
  const peer = (value: number) => ({ name: 'Chromium (warm page)', value: browser, ratio: value / browser });
  return [
    {
      suite: 'render',
      name: `1080×1080 PNG, one thread, text measures reused (${set.length} visuals × ${rounds})`,
      value: reused,
      unit: 'visuals/s',
      target: '≥ 5× Chromium',
      peer: peer(reused),
    },
    {
      suite: 'render',
      name: `1080×1080 PNG, one thread, every text measured (${set.length} visuals × ${rounds})`,
      value: measured,
      unit: 'visuals/s',
      target: '≥ 5× Chromium',
      peer: peer(measured),
    },
    {
      suite: 'render',
      name: `sample set cold (${runs.visuals} visuals, all formats, workers)`,
      value: runs.cold,
      unit: 'ms',
      target: '< 15000 ms on 2 cores',
    },
    {
      suite: 'render',
      name: 'sample set, no-change rerun',
      value: runs.rerun,
      unit: 'ms',
      target: '< 1000 ms',
    },
  ];
}
