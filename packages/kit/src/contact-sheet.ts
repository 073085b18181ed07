import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { KitFile } from './manifest.js';

/** One visual shown on the contact sheet, read from the kit manifest. */
export interface ContactSheetEntry {
  /** Path of the preview image, relative to the partner's kit folder. */
  readonly path: string;
  readonly alt: string;
  /** French caption: campaign, format. */
  readonly caption: string;
}

export interface ContactSheetInput {
  readonly title: string;
  readonly entries: readonly ContactSheetEntry[];
  readonly illustrative: boolean;
}

const THUMBNAIL_WIDTH = 240;
const THUMBNAIL_HEIGHT = 240;
const COLUMNS = 6;
const GAP = 16;

/**
 * Picks the visuals to show: the PNG of every screen visual and the PNG preview of every poster,
 * in manifest order, each with the alt text its producer wrote.
 */
export function contactSheetEntries(files: readonly KitFile[]): ContactSheetEntry[] {
  return files
    .filter(
      (file) => file.mediaType === 'image/png' && (file.section === 'visual' || file.section === 'print'),
    )
    .map((file) => ({ path: file.path, alt: file.alt ?? '', caption: captionOf(file.path) }));
}

function captionOf(path: string): string {
  const parts = path.replace(/\.png$/, '').split('/');
  return parts.slice(1).join(' · ');
}

/** A standalone, accessible French HTML page: every visual with its alternative text. */
export function contactSheetHtml(input: ContactSheetInput): string {
  const figures = input.entries.map(
    (entry) => `    <li>
      <figure>
        <a href="${escapeHtml(entry.path)}"><img src="${escapeHtml(entry.path)}" alt="${escapeHtml(entry.alt)}" loading="lazy"></a>
        <figcaption><strong>${escapeHtml(entry.caption)}</strong><br>Texte alternatif\u00a0: ${escapeHtml(entry.alt)}</figcaption>
      </figure>
    </li>`,
  );
  const notice = input.illustrative
    ? '\n  <p><em>Marque d’exemple\u00a0: identité illustrative, sans caractère officiel.</em></p>'
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(input.title)}</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; background: #fff; }
    ul { list-style: none; padding: 0; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
    img { max-width: 100%; height: auto; border: 1px solid #767676; }
    figure { margin: 0; }
    figcaption { font-size: 0.875rem; line-height: 1.4; margin-top: 0.5rem; }
    a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  </style>
</head>
<body>
<main>
  <h1>${escapeHtml(input.title)}</h1>${notice}
  <p>${input.entries.length.toLocaleString('fr-FR')} visuels. Publiez chaque image avec son texte alternatif.</p>
  <ul>
${figures.join('\n')}
  </ul>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The same sheet as one PNG: a grid of thumbnails, each fitted into a fixed cell on white.
 * Composited with sharp in a fixed order, so the bytes only change when a visual does.
 */
export async function contactSheetPng(
  kitDir: string,
  entries: readonly ContactSheetEntry[],
): Promise<Buffer> {
  const rows = Math.max(1, Math.ceil(entries.length / COLUMNS));
  const width = COLUMNS * THUMBNAIL_WIDTH + (COLUMNS + 1) * GAP;
  const height = rows * THUMBNAIL_HEIGHT + (rows + 1) * GAP;
  const tiles = await Promise.all(
    entries.map(async (entry, index) => ({
      input: await thumbnail(join(kitDir, entry.path)),
      left: GAP + (index % COLUMNS) * (THUMBNAIL_WIDTH + GAP),
      top: GAP + Math.floor(index / COLUMNS) * (THUMBNAIL_HEIGHT + GAP),
    })),
  );
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite(tiles)
    .png({ compressionLevel: 9, adaptiveFiltering: false })
    .toBuffer();
}

async function thumbnail(path: string): Promise<Buffer> {
  return sharp(await readFile(path))
    .resize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, { fit: 'contain', background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer();
}
