/**
 * The render bench's sample set and its one-thread loop, shared by `render.bench.ts` and by
 * `render-loop-run.ts` (the same loop in a process of its own, to measure what the machine gives
 * two independent processes).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeVisual, nodeFonts, type RenderDeps, rasterize } from '@blason/render';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const tokensDir = join(root, 'tokens');
export const lexiconDir = join(root, 'tokens', 'lexicon');
const campaignsDir = join(root, 'assets', 'campaigns');
const FORMAT = 'instagram-square';

export interface Sample {
  readonly key: string;
  readonly job: Parameters<typeof composeVisual>[0];
}

/** Every template's example content for every partner, in the square format. */
export function samples(deps: RenderDeps): Sample[] {
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

export interface LoopFigure {
  readonly perSecond: number;
  /** Process CPU time (sharp's encoding threads and V8's helpers included) per visual. */
  readonly cpuMs: number;
  /** Cores kept busy: process CPU time over wall time. */
  readonly cores: number;
}

/**
 * Untimed passes before any timed one. V8 optimises render code only once it has run hot for a
 * while (the render process raises its interrupt budget), so a fresh thread speeds up over its
 * first few hundred visuals: the one-thread loop went 33, 38, 39, 34, 36, 46, 42, 43, 49, 49
 * visuals/s over its first ten passes of 60. Every Blason figure gets the same warm-up.
 */
export const WARM_UP_PASSES = 5;

/** A timed pass of the loop over its queue; `oneThreadLoop` has warmed it up. */
export type LoopPass = () => Promise<LoopFigure>;

/**
 * Blason in one thread: lint and fix, layout, fit, glyph check, satori, resvg, sharp PNG, `rounds`
 * times over the set. With `measureEveryText`, text measurements are not reused from earlier
 * visuals (each visual gets a fit cache of its own), as for content never rendered before;
 * otherwise they are, as in a worker rendering one campaign for several partners.
 */
export async function oneThreadLoop(
  deps: RenderDeps,
  set: readonly Sample[],
  rounds: number,
  measureEveryText: boolean,
): Promise<LoopPass> {
  const fonts = nodeFonts();
  const { textBlock } = deps;
  const depsFor = (): RenderDeps =>
    measureEveryText && textBlock ? { ...deps, textBlock: (box, fit) => textBlock(box, fit) } : deps;
  const one = async (sample: Sample) => {
    const composed = await composeVisual(sample.job, depsFor(), fonts);
    const { width, height } = composed.format;
    await rasterize({ svg: composed.svg, width, height, under: composed.under }, ['png']);
  };
  const queue = Array.from({ length: rounds }, () => set).flat();
  const pass = async (): Promise<LoopFigure> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    // Two visuals in flight, as `renderCampaigns` renders in its own thread: one is composed while
    // sharp encodes the other on libuv's threads.
    let next = 0;
    const lane = async () => {
      while (next < queue.length) await one(queue[next++] as Sample);
    };
    await Promise.all([lane(), lane()]);
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    return {
      perSecond: queue.length / seconds,
      cores: (used.user + used.system) / 1e6 / seconds,
      cpuMs: (used.user + used.system) / 1000 / queue.length,
    };
  };
  for (let warmUp = 0; warmUp < WARM_UP_PASSES; warmUp++) await pass();
  return pass;
}

/** The pass with the most visuals per second of `trials` passes. */
export async function bestOf<T extends { readonly perSecond: number }>(
  trials: number,
  pass: () => Promise<T>,
): Promise<T> {
  let best: T | undefined;
  for (let trial = 0; trial < trials; trial++) {
    const figure = await pass();
    if (!best || figure.perSecond > best.perSecond) best = figure;
  }
  return best as T;
}
