import type { LoadedFonts } from '../engine/fonts.js';
import { type DepsSetup, type LoadedInputs, loadDeps } from './default-deps.js';
import type { RenderDeps } from './deps.js';
import { nodeFonts } from './fonts.js';

/** What rendering a visual needs in a thread: brand, templates, lexicon and fonts. */
export interface RenderContext {
  readonly deps: RenderDeps;
  readonly fonts: LoadedFonts;
}

/** A render context for a setup, reusing the brand and lexicon the caller has `loaded` already. */
export async function createRenderContext(
  setup: DepsSetup,
  loaded: LoadedInputs = {},
): Promise<RenderContext> {
  return { deps: await loadDeps(setup, loaded), fonts: nodeFonts() };
}

let current: { key: string; ready: Promise<RenderContext> } | undefined;

/** This thread's render context for a setup, made once and reused by every task with that setup. */
export function renderContext(setup: DepsSetup): Promise<RenderContext> {
  const key = JSON.stringify(setup);
  if (current?.key !== key) current = { key, ready: createRenderContext(setup) };
  return current.ready;
}
