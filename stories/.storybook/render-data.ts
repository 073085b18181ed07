/**
 * What the template gallery needs from Node, serialised for the browser: the font files the
 * renderer embeds (with the code points they cover, read with fontkit here rather than in the
 * browser), the pictogram SVGs and the sample campaigns. Run by the `virtual:blason/render` Vite
 * plugin (see render-plugin.ts) with the `source` condition; prints JSON on stdout.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { campaignFiles, characterSet, fontFiles, imageRef, loadCampaign } from '@blason/render';
import { templates } from '@blason/templates';
import { loadBrand } from '@blason/tokens';

export interface RenderData {
  fonts: { family: string; weight: number; style: 'normal' | 'italic'; path: string }[];
  /** Code points drawn by at least one embedded font. */
  coverage: number[];
  /** SVG source of each thematic axis' pictogram (drawn in `currentColor`). */
  pictograms: Record<string, string>;
  campaigns: {
    id: string;
    file: string;
    template: string;
    title?: string;
    content: Record<string, unknown>;
  }[];
  /** Absolute path of every local photo the campaigns and template examples use, by its `src`. */
  images: Record<string, string>;
}

export async function renderData(rootDir: string): Promise<RenderData> {
  const files = fontFiles();
  const coverage = new Set<number>();
  for (const file of files) for (const point of characterSet(await readFile(file.path))) coverage.add(point);
  const brand = await loadBrand({ tokensDir: join(rootDir, 'tokens') });
  const pictograms: RenderData['pictograms'] = {};
  for (const axis of brand.axes) pictograms[axis.id] = await readFile(axis.pictogramFile, 'utf8');
  const campaignsDir = join(rootDir, 'assets', 'campaigns');
  const campaigns = await Promise.all(
    (await campaignFiles(campaignsDir)).map((file) => loadCampaign(file, { templates })),
  );
  const images: RenderData['images'] = {};
  // Template examples name their photo relative to the campaigns folder, like a campaign would.
  const sources = [
    ...campaigns.map((c) => ({ content: c.content, dir: dirname(c.file) })),
    ...Object.values(templates).map((t) => ({
      content: t.example as Record<string, unknown>,
      dir: campaignsDir,
    })),
  ];
  for (const { content, dir } of sources) {
    const ref = imageRef(content);
    if (ref) images[ref.src] = resolve(dir, ref.src);
  }
  return {
    fonts: files.map(({ family, weight, style, path }) => ({ family, weight, style, path })),
    coverage: [...coverage].sort((a, b) => a - b),
    pictograms,
    campaigns: campaigns.map((c) => ({
      id: c.id,
      file: `assets/campaigns/${c.file.split('/').pop()}`,
      template: c.template,
      ...(c.title ? { title: c.title } : {}),
      content: c.content,
    })),
    images,
  };
}

const [rootDir] = process.argv.slice(2);
if (rootDir) process.stdout.write(JSON.stringify(await renderData(rootDir)));
