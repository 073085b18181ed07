import { BlasonError, type Problem, unknownValueMessage } from '@blason/core';
import { formatMedium, visualMode } from '../engine/visual.js';
import { type Campaign, displayPath } from './campaign.js';
import type { RenderDeps } from './deps.js';
import { DEFAULT_OUTPUTS, OUTPUT_KINDS } from './encode.js';
import type { RenderCampaignsOptions } from './render-campaigns.js';
import type { VisualJob } from './visual.js';

/** Unknown partners, templates, formats or outputs in the options: a usage error (exit 2). */
export function checkOptions(options: RenderCampaignsOptions, deps: RenderDeps): void {
  const problems: Problem[] = [];
  const check = (
    what: string,
    flag: string,
    values: readonly string[] | undefined,
    known: readonly string[],
  ) => {
    for (const value of values ?? []) {
      if (!known.includes(value)) {
        problems.push({
          code: `render/unknown-${flag}`,
          path: `--${flag}`,
          message: unknownValueMessage(what, value, known),
        });
      }
    }
  };
  check(
    'partenaire',
    'partner',
    options.partners,
    deps.brand.partners.map((p) => p.id),
  );
  check('gabarit', 'template', options.templates, Object.keys(deps.templates));
  check('format', 'format', options.formats, deps.formatIds);
  check('type de fichier', 'formats', options.outputs, OUTPUT_KINDS);
  if (problems.length > 0) throw new BlasonError('Option invalide', problems, { kind: 'usage' });
}

/** A visual to render, before its cache key is known. */
export type PlannedJob = Omit<VisualJob, 'hash'>;

/**
 * Every visual of the campaigns that the options select: one per partner and format. A campaign
 * naming an unknown partner or format is reported in `problems` and planned for no one. What the
 * options asked for and got nothing (a partner outside a campaign's list, a template no campaign
 * uses) is said in `notices`, as warnings.
 */
export function planJobs(
  campaigns: readonly Campaign[],
  deps: RenderDeps,
  options: RenderCampaignsOptions,
  outDir: string,
  problems: Problem[],
  notices: Problem[] = [],
): PlannedJob[] {
  const allPartners = deps.brand.partners.map((p) => p.id);
  const jobs: PlannedJob[] = [];
  for (const template of options.templates ?? []) {
    if (campaigns.some((campaign) => campaign.template === template)) continue;
    notices.push({
      code: 'render/no-campaign-for-template',
      severity: 'warning',
      path: '--template',
      message: `aucune des campagnes données n’utilise le gabarit « ${template} » : rien n’est rendu pour lui`,
    });
  }
  for (const campaign of campaigns) {
    if (options.templates && !options.templates.includes(campaign.template)) continue;
    for (const partner of options.partners ?? []) {
      if (!campaign.partners || campaign.partners.includes(partner)) continue;
      notices.push({
        code: 'render/partner-not-in-campaign',
        severity: 'warning',
        file: displayPath(campaign.file),
        path: 'partners',
        message: `« ${partner} » ne signe pas cette campagne (partenaires : ${campaign.partners.join(', ')}) : rien n’est rendu pour lui`,
      });
    }
    // Each unknown item is named by its place in the list, which gives its line in the file.
    const unknown = [
      ...(campaign.partners ?? [])
        .map((p, index) => ['partners', index, 'partenaire', p, allPartners] as const)
        .filter(([, , , p]) => !allPartners.includes(p)),
      ...(campaign.formats ?? [])
        .map((f, index) => ['formats', index, 'format', f, deps.formatIds] as const)
        .filter(([, , , f]) => !deps.formatIds.includes(f)),
    ];
    if (unknown.length > 0) {
      for (const [field, index, what, value, known] of unknown) {
        problems.push({
          code: `render/unknown-${field}`,
          file: displayPath(campaign.file),
          path: `${field}[${index}]`,
          message: unknownValueMessage(what, value, known),
        });
      }
      continue;
    }
    const partners = (campaign.partners ?? allPartners).filter(
      (p) => !options.partners || options.partners.includes(p),
    );
    const formats = (campaign.formats ?? deps.formatIds).filter(
      (f) => !options.formats || options.formats.includes(f),
    );
    for (const partner of partners) {
      for (const format of formats) {
        const medium = formatMedium(deps.brand, partner, format);
        jobs.push({
          key: `${partner}/${campaign.id}/${format}`,
          campaign,
          partner,
          format,
          mode: visualMode(deps.brand, medium, campaign.mode),
          outputs: options.outputs ?? DEFAULT_OUTPUTS,
          outDir,
          allowLintErrors: options.allowLintErrors ?? false,
          allowRemote: options.allowRemote ?? false,
        });
      }
    }
  }
  return jobs;
}
