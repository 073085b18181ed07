import { escapeMarkup } from '@blason/core';
import { formatLabel } from '@blason/templates/format';
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

/**
 * Picks the visuals to show: the PNG of every screen visual and the PNG preview of every poster,
 * in manifest order, each with the alt text its producer wrote.
 */
export function contactSheetEntries(files: readonly KitFile[]): ContactSheetEntry[] {
  return files
    .filter(
      (file) => file.mediaType === 'image/png' && (file.section === 'visual' || file.section === 'print'),
    )
    .map((file) => ({ path: file.path, alt: file.alt ?? '', caption: captionOf(file) }));
}

/**
 * `campaign · format` from what the renderer recorded (the campaign's id, as its folder is named,
 * and the format's French name), else from the path.
 */
function captionOf(file: KitFile): string {
  const { campaign, format } = file.details ?? {};
  if (typeof campaign === 'string' && typeof format === 'string')
    return `${campaign} · ${formatLabel(format)}`;
  return file.path
    .replace(/\.png$/, '')
    .split('/')
    .slice(1)
    .join(' · ');
}

/** A standalone, accessible French HTML page: every visual with its alternative text. */
export function contactSheetHtml(input: ContactSheetInput): string {
  const figures = input.entries.map(
    (entry) => `    <li>
      <figure>
        <a href="${escapeMarkup(entry.path)}"><img src="${escapeMarkup(entry.path)}" alt="${escapeMarkup(entry.alt)}" loading="lazy"></a>
        <figcaption><strong>${escapeMarkup(entry.caption)}</strong><br>Texte alternatif\u00a0: ${escapeMarkup(entry.alt)}</figcaption>
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
  <title>${escapeMarkup(input.title)}</title>
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
  <h1>${escapeMarkup(input.title)}</h1>${notice}
  <p>${input.entries.length.toLocaleString('fr-FR')} visuels. Publiez chaque image avec son texte alternatif.</p>
  <ul>
${figures.join('\n')}
  </ul>
</main>
</body>
</html>
`;
}
