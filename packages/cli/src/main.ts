import { isRenderProcess, runAsRenderProcess } from '../bin/render-process.js';
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), {
  // A command about to render continues in a process with the rendering settings, when this one
  // lacks them (`bin/blason.js` starts the commands that always render in one at once).
  beforeRender: () => {
    if (!isRenderProcess()) runAsRenderProcess([...process.execArgv, ...process.argv.slice(1)]);
  },
});
