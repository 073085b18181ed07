/** Node entry of the render engine: campaigns in, checked visuals out. */
export * from './browser.js';
export { type Campaign, campaignFiles, type LoadCampaignOptions, loadCampaign } from './node/campaign.js';
export { provideClassicJsxRuntime } from './node/classic-jsx.js';
export { createRenderContext, type RenderContext, renderContext } from './node/context.js';
export { type DepsSetup, type LoadedInputs, loadDeps } from './node/default-deps.js';
export type * from './node/deps.js';
export { type BatchRun, renderBatches } from './node/dispatch.js';
export {
  DEFAULT_OUTPUTS,
  OUTPUT_KINDS,
  type OutputKind,
  type RasterInput,
  type RasterLayer,
  rasterize,
} from './node/encode.js';
export { FONT_PACKAGES, type FontFile, fontFiles, fontsHash, nodeFonts } from './node/fonts.js';
export { cropToBox } from './node/images.js';
export { parseShard, type Shard, selectShard } from './node/jobs.js';
export { printPath, screenPath } from './node/outputs.js';
export { createPool, type RenderPool } from './node/pool.js';
export {
  type RenderCampaignsOptions,
  type RenderProgress,
  type RenderReport,
  renderCampaigns,
} from './node/render-campaigns.js';
export {
  type ComposedVisual,
  composeVisual,
  printPreviewPng,
  type RenderedFile,
  type RenderedVisual,
  renderVisual,
  type VisualJob,
} from './node/visual.js';
export {
  batchesOf,
  type RenderBatch,
  type RenderTask,
  type RenderTaskResult,
  renderBatchWith,
  renderTask,
  renderWith,
} from './node/worker.js';
