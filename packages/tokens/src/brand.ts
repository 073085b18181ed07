import { BlasonError, type Problem } from '@blason/core';
import { checkCompleteness, summarise } from './check/completeness.js';
import {
  definitionsOf,
  loadProject,
  MODE_MODIFIER,
  PARTNER_MODIFIER,
  type TokenProject,
} from './load/project.js';
import { type ResolvedToken, resolveReferences } from './resolve/references.js';
import type { AxisMeta, PartnerMeta } from './schema/metadata.js';
import type { Permutation } from './schema/resolver.js';
import type { TokenDefinition } from './schema/tree.js';
import { buildTheme, type ResolvedTheme } from './theme/theme.js';

/** One resolved partner × mode. */
export interface ResolvedPermutation {
  readonly partner: string;
  readonly mode: string;
  readonly input: Permutation;
  /** The merged definitions (before references are followed), by path. */
  readonly definitions: ReadonlyMap<string, TokenDefinition>;
  readonly tokens: ReadonlyMap<string, ResolvedToken>;
}

/** A tokens directory read, resolved for every permutation and checked for structure. */
export interface BrandAnalysis {
  readonly project: TokenProject;
  readonly permutations: readonly ResolvedPermutation[];
  /** Syntax, schema, resolver, metadata, reference and completeness problems (no contrast). */
  readonly problems: readonly Problem[];
}

export async function analyzeBrand(tokensDir: string): Promise<BrandAnalysis> {
  const project = await loadProject(tokensDir);
  const problems: Problem[] = [...project.problems];
  const permutations: ResolvedPermutation[] = [];
  const perPermutation = new Map<string, { problem: Problem; labels: string[] }>();
  for (const input of project.permutations) {
    const partner = input[PARTNER_MODIFIER] ?? '';
    const mode = input[MODE_MODIFIER] ?? '';
    const label = `${partner}/${mode}`;
    const { definitions, problems: merging } = definitionsOf(project, input);
    const { tokens, problems: found } = resolveReferences(definitions);
    for (const problem of [...merging, ...found]) {
      // The chain leading to a broken reference depends on which token reached it first.
      const message = problem.message.replace(/ \(chain: [^)]*\)/g, '');
      const key = JSON.stringify([problem.code, problem.file, problem.path, message]);
      const entry = perPermutation.get(key);
      if (entry) entry.labels.push(label);
      else perPermutation.set(key, { problem, labels: [label] });
    }
    permutations.push({ partner, mode, input, definitions, tokens });
  }
  for (const { problem, labels } of perPermutation.values()) {
    const everywhere = labels.length === project.permutations.length;
    problems.push(
      everywhere ? problem : { ...problem, message: `${problem.message} [in ${summarise(labels)}]` },
    );
  }
  const definitionOf = (path: string) => {
    for (const p of permutations) {
      const definition = p.definitions.get(path);
      if (definition) return definition;
    }
    return undefined;
  };
  const fileOf = (path: string) => definitionOf(path)?.file;
  const positionOf = (path: string) => {
    const definition = definitionOf(path);
    return definition?.line === undefined || definition.column === undefined
      ? undefined
      : { line: definition.line, column: definition.column };
  };
  const contextFile = (modifier: string, context: string) => {
    const step = project.resolver?.steps.find((s) => s.kind === 'modifier' && s.name === modifier);
    const source =
      step?.kind === 'modifier' ? step.contexts[context]?.find((s) => s.kind === 'file') : undefined;
    return source?.kind === 'file' ? project.dir.display(source.file) : undefined;
  };
  problems.push(
    ...checkCompleteness(
      permutations.map((p) => ({
        label: `${p.partner}/${p.mode}`,
        partner: p.partner,
        mode: p.mode,
        defined: new Set(p.definitions.keys()),
        tokens: p.tokens,
      })),
      project.axes.map((axis) => axis.id),
      { fileOf, positionOf, contextFile },
    ),
  );
  return { project, permutations, problems };
}

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

/** The brand as code uses it. */
export interface Brand {
  readonly partners: readonly PartnerMeta[];
  readonly axes: readonly AxisMeta[];
  readonly modes: readonly string[];
  /** The resolver's default partner and mode (`:root` of the combined CSS). */
  readonly defaults: { readonly partner: string; readonly mode: string };
  /** Warnings found while loading (errors make `loadBrand` throw). */
  readonly warnings: readonly Problem[];
  partner(id: string): PartnerMeta;
  theme(partner: string, mode: string): ResolvedTheme;
}

/**
 * Reads, validates and resolves a tokens directory. Throws one `BlasonError` listing every problem
 * when the tokens are invalid; contrast is checked by `checkTokens`, not here.
 */
export async function loadBrand(options: { tokensDir: string }): Promise<Brand> {
  const analysis = await analyzeBrand(options.tokensDir);
  const errors = analysis.problems.filter(isError);
  if (errors.length > 0) {
    throw new BlasonError(
      `${errors.length} problem${errors.length > 1 ? 's' : ''} in ${options.tokensDir}`,
      errors,
    );
  }
  return brandFrom(analysis);
}

export function brandFrom(analysis: BrandAnalysis): Brand {
  const { project } = analysis;
  const themes = new Map<string, ResolvedTheme>();
  const byKey = new Map(analysis.permutations.map((p) => [`${p.partner}\u0000${p.mode}`, p]));
  const steps = project.resolver?.steps ?? [];
  const defaultOf = (name: string, contexts: readonly string[]) => {
    const step = steps.find((s) => s.kind === 'modifier' && s.name === name);
    return (step?.kind === 'modifier' ? step.default : undefined) ?? contexts[0] ?? '';
  };
  const unknown = (what: string, value: string, known: readonly string[]) =>
    new BlasonError(`unknown ${what} "${value}"`, [
      {
        code: `brand/unknown-${what}`,
        message: `unknown ${what} "${value}"`,
        expected: `one of ${known.join(', ')}`,
      },
    ]);
  return {
    partners: project.partners,
    axes: project.axes,
    modes: project.modes,
    defaults: {
      partner: defaultOf(PARTNER_MODIFIER, project.partnerIds),
      mode: defaultOf(MODE_MODIFIER, project.modes),
    },
    warnings: analysis.problems.filter((p) => !isError(p)),
    partner(id) {
      const found = project.partners.find((p) => p.id === id);
      if (!found) throw unknown('partner', id, project.partnerIds);
      return found;
    },
    theme(partner, mode) {
      const key = `${partner}\u0000${mode}`;
      const cached = themes.get(key);
      if (cached) return cached;
      if (!project.partnerIds.includes(partner)) throw unknown('partner', partner, project.partnerIds);
      const permutation = byKey.get(key);
      if (!permutation) throw unknown('mode', mode, project.modes);
      const theme = buildTheme(partner, mode, permutation.tokens);
      themes.set(key, theme);
      return theme;
    },
  };
}
