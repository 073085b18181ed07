/** Blason Studio: the web app and the HTTP render service (`blason studio`). */
export { createStudioApp, MAX_BODY_BYTES, type StudioAppOptions } from './server/app.js';
export { createRenderer, type RendererOptions, type StudioRenderer } from './server/renderer.js';
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningStudio,
  type StudioOptions,
  startStudio,
} from './server/start.js';
