// Worker entry when running from TypeScript sources (repository, tests). Node 20 does not run
// the parent's `--import tsx` in worker threads, so tsx is registered here, in the worker,
// before the TypeScript worker module is loaded. Published builds load `worker.js` directly.
import { register } from 'tsx/esm/api';

register();
const { default: renderTask } = await import('./worker.ts');

export default renderTask;
