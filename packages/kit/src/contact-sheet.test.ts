import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { contactSheetEntries, contactSheetHtml } from './contact-sheet.js';
import { contactSheetPng } from './contact-sheet-png.js';
import type { KitFile } from './manifest.js';

const file = (path: string, section: KitFile['section'], mediaType: string, alt?: string): KitFile => ({
  path,
  section,
  mediaType,
  bytes: 1,
  sha256: '0'.repeat(64),
  ...(alt ? { alt } : {}),
});

const files = [
  file('visuals/journee/instagram-square.png', 'visual', 'image/png', 'Affiche de la journée'),
  file('visuals/journee/instagram-square.webp', 'visual', 'image/webp', 'Affiche de la journée'),
  file('print/journee-poster-a3-preview.png', 'print', 'image/png', 'Affiche A3'),
  file('logos/lockup-horizontal.png', 'logo', 'image/png'),
];

test('shows one PNG per visual and poster, never logos or other encodings', () => {
  expect(contactSheetEntries(files).map((entry) => entry.path)).toEqual([
    'visuals/journee/instagram-square.png',
    'print/journee-poster-a3-preview.png',
  ]);
});

test('captions name the campaign and the format as officers call it', () => {
  const recorded = (path: string, campaign: string, format: string): KitFile => ({
    ...file(path, 'visual', 'image/png', 'Visuel'),
    details: { campaign, format },
  });
  const captions = contactSheetEntries([
    recorded('visuals/journee/instagram-square.png', 'journee', 'instagram-square'),
    recorded('visuals/journee/facebook-event.png', 'journee', 'facebook-event'),
    recorded('visuals/journee/nouveau.png', 'journee', 'nouveau-format'),
  ]).map((entry) => entry.caption);
  expect(captions).toEqual([
    'journee · Instagram, carré',
    'journee · Événement Facebook',
    'journee · nouveau-format',
  ]);
});

test('the HTML page is French, gives every image its alt text and escapes content', () => {
  const html = contactSheetHtml({
    title: 'Planche contact — CAPSO',
    illustrative: true,
    entries: [{ path: 'visuals/a.png', alt: 'Texte <b>"alt"</b>', caption: 'a' }],
  });
  expect(html).toContain('<html lang="fr">');
  expect(html).toContain('alt="Texte &lt;b&gt;&quot;alt&quot;&lt;/b&gt;"');
  expect(html).not.toContain('<b>');
  expect(html).toContain('Marque d’exemple');
});

test('the PNG is a deterministic grid of captioned thumbnails on grey cells', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blason-sheet-'));
  const white = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  await writeFile(join(dir, 'a.png'), white);
  const entries = Array.from({ length: 7 }, () => ({ path: 'a.png', alt: 'blanc', caption: 'a · b' }));
  const first = await contactSheetPng(dir, entries, 'Planche contact — CAPSO');
  const second = await contactSheetPng(dir, entries, 'Planche contact — CAPSO');
  expect(first.equals(second)).toBe(true);
  const { data, info } = await sharp(first).raw().toBuffer({ resolveWithObject: true });
  expect(info.width).toBe(6 * 240 + 7 * 16);
  expect(info.height).toBe(64 + 2 * (240 + 40) + 3 * 16);
  const pixel = (x: number, y: number) => data[(y * info.width + x) * info.channels] ?? 0;
  // A white visual stands out from its grey cell, and its caption is drawn below it.
  const top = 64 + 16;
  expect(pixel(16 + 2, top + 120)).toBeLessThan(245);
  expect(pixel(16 + 120, top + 120)).toBe(255);
  const caption = Array.from({ length: 120 }, (_, x) => pixel(16 + x, top + 240 + 14));
  expect(Math.min(...caption)).toBeLessThan(128);
});
