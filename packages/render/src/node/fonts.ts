import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sha256 } from '@blason/core';
import { type FontSource, type FontWeight, type LoadedFonts, loadFonts } from '../engine/fonts.js';

/**
 * The OFL font packages embedded in every render, in fallback order: Atkinson Hyperlegible Next
 * for text; Bricolage Grotesque has U+202F (narrow no-break space) which Atkinson lacks.
 */
export const FONT_PACKAGES = [
  '@expo-google-fonts/atkinson-hyperlegible-next',
  '@expo-google-fonts/bricolage-grotesque',
] as const;

const WEIGHTS = new Set([400, 500, 600, 700, 800]);

export interface FontFile {
  readonly family: string;
  readonly weight: FontWeight;
  readonly style: 'normal' | 'italic';
  /** Absolute path of the TTF. */
  readonly path: string;
  /** Absolute path of the font's licence (OFL), shipped with it in the kit. */
  readonly licensePath: string;
}

const require = createRequire(import.meta.url);

/** Every font file the renderer embeds, with its licence, so the kit can ship them. */
export function fontFiles(): FontFile[] {
  return FONT_PACKAGES.flatMap((name) => {
    const root = dirname(require.resolve(name));
    const family = (JSON.parse(readFileSync(join(root, 'metadata.json'), 'utf8')) as { family: string })
      .family;
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^\d{3}[A-Za-z]+(_Italic)?$/.test(entry.name))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((entry) => {
        const weight = Number(entry.name.slice(0, 3)) as FontWeight;
        if (!WEIGHTS.has(weight)) return [];
        const ttf = readdirSync(join(root, entry.name)).find((file) => file.endsWith('.ttf'));
        if (!ttf) return [];
        const style = entry.name.endsWith('_Italic') ? ('italic' as const) : ('normal' as const);
        return [
          {
            family,
            weight,
            style,
            path: join(root, entry.name, ttf),
            licensePath: join(root, 'LICENSE_FONT'),
          },
        ];
      });
  });
}

let loaded: { fonts: LoadedFonts; hash: string } | undefined;

/** The embedded fonts, read and parsed once per process (or worker thread). */
export function nodeFonts(): LoadedFonts {
  return loadedFonts().fonts;
}

/** A hash of every embedded font's bytes: part of each visual's cache key. */
export function fontsHash(): string {
  return loadedFonts().hash;
}

function loadedFonts(): { fonts: LoadedFonts; hash: string } {
  if (loaded) return loaded;
  const files = fontFiles();
  const sources: FontSource[] = files.map((file) => ({
    name: file.family,
    weight: file.weight,
    style: file.style,
    data: new Uint8Array(readFileSync(file.path)),
  }));
  const hash = sha256(
    files
      .map((f, i) => `${f.family}/${f.weight}/${f.style}:${sha256(sources[i]?.data as Uint8Array)}`)
      .join('\n'),
  );
  loaded = { fonts: loadFonts(sources), hash };
  return loaded;
}
