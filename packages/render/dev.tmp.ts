import { templates } from '@blason/templates';
import { loadDeps, nodeFonts, renderVisual } from './src/index.js';

const deps = await loadDeps({ tokensDir: '../../tokens' });
const fonts = nodeFonts();
const campaign = {
  id: 'demo',
  file: '/tmp/rx/demo.yaml',
  template: 'evenement',
  content: templates.evenement.example as Record<string, unknown>,
};
for (const format of deps.formatIds) {
  const t0 = performance.now();
  try {
    const v = await renderVisual(
      {
        key: 'k',
        campaign,
        partner: 'capso',
        format,
        mode: format.startsWith('poster') ? 'print' : 'light',
        outputs: ['png'],
        outDir: '/tmp/rx/out',
        hash: 'x',
      },
      deps,
      fonts,
    );
    console.log(
      format,
      (performance.now() - t0).toFixed(0),
      'ms',
      v.files.map((f) => f.path).join(' '),
      JSON.stringify(v.fitted),
    );
  } catch (e) {
    console.log(format, 'ERR', (e as Error).stack);
    break;
  }
}
