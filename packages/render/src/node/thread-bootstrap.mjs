// Worker entry when a pool's worker module is TypeScript (repository sources, tests). Node 20 does
// not run the parent's `--import tsx` in worker threads, so tsx is registered here, in the thread,
// before the worker module named in the pool's `workerData` is loaded. Builds load `.js` directly.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const { default: task } = await import(workerData.workerModule);

export default task;
