import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { runNodeScript } from './node-script.js';
import type { RenderData } from './render-data.js';

const virtualId = 'virtual:blason/render';
const resolvedId = `\0${virtualId}`;
const script = fileURLToPath(new URL('./render-data.ts', import.meta.url));

/**
 * `import render from 'virtual:blason/render'`: the renderer's fonts and the campaigns' photos as
 * asset URLs (Vite copies the files into the build), the fonts' coverage, pictograms and the sample
 * campaigns, so the gallery draws with exactly what the export embeds.
 */
export function blasonRender(rootDir: string): Plugin {
  return {
    name: 'blason-render',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const data = JSON.parse(await runNodeScript(script, [rootDir])) as RenderData;
      const imports: string[] = [];
      const asset = (path: string) => {
        this.addWatchFile(path);
        imports.push(`import asset${imports.length} from ${JSON.stringify(`${path}?url`)};`);
        return `asset${imports.length - 1}`;
      };
      const fonts = data.fonts.map(
        ({ path, ...font }) => `{ ...${JSON.stringify(font)}, url: ${asset(path)} }`,
      );
      const images = Object.entries(data.images).map(
        ([src, path]) => `${JSON.stringify(src)}: ${asset(path)}`,
      );
      return [
        ...imports,
        `export default {`,
        `  fonts: [${fonts.join(', ')}],`,
        `  images: { ${images.join(', ')} },`,
        `  coverage: ${JSON.stringify(data.coverage)},`,
        `  pictograms: ${JSON.stringify(data.pictograms)},`,
        `  campaigns: ${JSON.stringify(data.campaigns)},`,
        `};`,
      ].join('\n');
    },
  };
}
