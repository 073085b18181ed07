import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFolder, sha256, stableStringify } from '@blason/core';
import type { ResolvedTheme } from '@blason/tokens/theme';
import { imageRef } from '../engine/image.js';
import type { Campaign } from './campaign.js';
import type { DepsSetup } from './default-deps.js';
import type { RenderDeps } from './deps.js';
import { fontsHash } from './fonts.js';
import { packageCodeFolder } from './hashing.js';
import { readImage } from './images.js';
import type { PlannedJob } from './plan.js';
import type { VisualJob } from './visual.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The cache key of each visual: engine, templates, fonts and lexicon code and data, the resolved
 * theme of its partner and mode, the partner's metadata, the campaign and its image, the options.
 */
export async function withCacheKeys(
  jobs: readonly PlannedJob[],
  deps: RenderDeps,
  setup: DepsSetup,
  options: { readonly allowRemote?: boolean },
): Promise<VisualJob[]> {
  const shared = sha256(
    stableStringify({
      engine: await hashFolder(resolve(here, '..')),
      templates: await hashFolder(packageCodeFolder('@blason/templates')),
      print: await hashFolder(packageCodeFolder('@blason/print')),
      fonts: fontsHash(),
      lexicon: setup.lexiconDir ? await hashFolder(setup.lexiconDir) : null,
      pictograms: await pictogramsHash(deps),
    }),
  );
  const themes = new Map<string, string>();
  const themeHash = (partner: string, mode: string) => {
    const key = `${partner}/${mode}`;
    if (!themes.has(key))
      themes.set(key, sha256(stableStringify(plainTheme(deps.brand.theme(partner, mode)))));
    return themes.get(key) as string;
  };
  const images = new Map<string, string>();
  const imageHash = async (campaign: Campaign): Promise<string | null> => {
    const ref = imageRef(campaign.content);
    if (!ref) return null;
    if (!images.has(campaign.file)) {
      const bytes = await readImage(ref, {
        campaignFile: campaign.file,
        allowRemote: options.allowRemote ?? false,
      }).catch(() => undefined);
      images.set(campaign.file, bytes ? sha256(bytes) : 'unreadable');
    }
    return images.get(campaign.file) as string;
  };
  const out: VisualJob[] = [];
  for (const job of jobs) {
    const partner = deps.brand.partners.find((p) => p.id === job.partner);
    const hash = sha256(
      stableStringify({
        shared,
        theme: themeHash(job.partner, job.mode),
        partner,
        campaign: { ...job.campaign, file: undefined, image: await imageHash(job.campaign) },
        format: job.format,
        outputs: job.outputs,
        allowLintErrors: job.allowLintErrors,
        allowRemote: job.allowRemote,
      }),
    );
    out.push({ ...job, hash });
  }
  return out;
}

/** A theme as plain data for hashing: maps become entry lists, definition positions are dropped. */
function plainTheme(theme: ResolvedTheme): unknown {
  return JSON.parse(
    JSON.stringify(theme, (key, value: unknown) => {
      if (key === 'definition') return undefined;
      if (value instanceof Map) return [...value.entries()];
      return value;
    }),
  );
}

async function pictogramsHash(deps: RenderDeps): Promise<string> {
  const axes = (deps.brand as { axes?: readonly { pictogramFile?: string }[] }).axes ?? [];
  const folders = [
    ...new Set(axes.map((a) => (a.pictogramFile ? dirname(a.pictogramFile) : '')).filter(Boolean)),
  ];
  return sha256((await Promise.all(folders.sort().map((f) => hashFolder(f)))).join('\n'));
}
