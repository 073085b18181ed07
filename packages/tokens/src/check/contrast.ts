import type { Problem } from '@blason/core/problem';
import { z } from 'zod';
import type { ResolvedPermutation } from '../brand.js';
import { readValidated, type TokensDir } from '../load/files.js';
import type { TokenDefinition } from '../schema/tree.js';
import { contrastRatio } from '../theme/contrast.js';
import { summarise } from './completeness.js';

export const PAIRS_FILE = 'contrast/pairs.json';

const kind = z.enum(['text', 'large', 'ui']);
export type ContrastKind = z.infer<typeof kind>;
const thresholds = z.strictObject({
  text: z.number().min(1),
  large: z.number().min(1),
  ui: z.number().min(1),
});
const paths = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export const pairsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  $description: z.string().optional(),
  /** WCAG 2.1 AA minimums by kind of foreground. */
  thresholds,
  /** Stricter (or looser) minimums for some modes, e.g. 7:1 text in high-contrast. */
  modes: z.record(z.string(), thresholds.partial()).optional(),
  /** What a translucent background is laid on (default `color.surface.default`). */
  backdrop: z.string().optional(),
  pairs: z
    .array(
      z.strictObject({
        kind,
        foreground: paths,
        background: paths,
        /** Only these modes (default: every mode). */
        modes: z.array(z.string()).optional(),
        description: z.string().optional(),
      }),
    )
    .min(1),
});
export type PairsFile = z.infer<typeof pairsFileSchema>;

const kindLabel: Record<ContrastKind, string> = { text: 'text', large: 'large text', ui: 'UI and graphics' };

export async function readPairs(dir: TokensDir): Promise<{ pairs?: PairsFile; problems: Problem[] }> {
  const { value, problems } = await readValidated(dir, PAIRS_FILE, pairsFileSchema, {
    code: 'contrast/invalid-pairs',
    what: 'contrast pairs',
    expected:
      '{ thresholds: { text, large, ui }, modes?, pairs: [{ kind, foreground, background, modes? }] }',
  });
  return value === undefined ? { problems } : { pairs: value, problems };
}

interface Failure {
  /** The foreground as the first failing permutation defines it (a mode file may override it). */
  readonly definition: TokenDefinition | undefined;
  readonly message: string;
  readonly labels: string[];
}

/** Checks every declared pair in every partner × mode; one problem per failing pair and colour values. */
export function checkContrast(
  pairs: PairsFile,
  permutations: readonly ResolvedPermutation[],
  pairsFile: string,
): Problem[] {
  const failures = new Map<string, Failure>();
  const unknown = new Map<string, string[]>();
  for (const permutation of permutations) {
    const label = `${permutation.partner}/${permutation.mode}`;
    const limits = { ...pairs.thresholds, ...pairs.modes?.[permutation.mode] };
    const hexOf = (path: string) => {
      const token = permutation.tokens.get(path);
      return token?.type === 'color' && typeof token.normalized === 'string' ? token.normalized : undefined;
    };
    const backdrop = hexOf(pairs.backdrop ?? 'color.surface.default') ?? '#ffffff';
    for (const pair of pairs.pairs) {
      if (pair.modes && !pair.modes.includes(permutation.mode)) continue;
      for (const [foreground, background] of expandPair(pair.foreground, pair.background, permutation)) {
        if (!permutation.definitions.has(foreground) || !permutation.definitions.has(background)) {
          const missing = permutation.definitions.has(foreground) ? background : foreground;
          unknown.set(missing, [...(unknown.get(missing) ?? []), label]);
          continue;
        }
        const fg = hexOf(foreground);
        const bg = hexOf(background);
        if (fg === undefined || bg === undefined) continue; // unresolved or not a colour: reported elsewhere
        const ratio = contrastRatio(fg, bg, backdrop);
        const minimum = limits[pair.kind];
        if (ratio >= minimum) continue;
        const shown = Math.floor(ratio * 100) / 100;
        const key = JSON.stringify([foreground, background, fg, bg, minimum]);
        const failure = failures.get(key) ?? {
          definition: permutation.definitions.get(foreground),
          message: `contrast ${shown}:1 of ${foreground} (${fg}) on ${background} (${bg}) is below ${minimum}:1 for ${kindLabel[pair.kind]}`,
          labels: [],
        };
        failure.labels.push(label);
        failures.set(key, failure);
      }
    }
  }
  const problems: Problem[] = [];
  for (const { definition, message, labels } of failures.values()) {
    problems.push({
      code: 'contrast/insufficient',
      message: `${message} [in ${summarise(labels)}]`,
      file: definition?.file,
      path: definition?.path,
      ...(definition?.line === undefined ? {} : { line: definition.line, column: definition.column }),
      expected: `colours that reach the minimum (pairs declared in ${pairsFile})`,
    });
  }
  for (const [path, labels] of unknown) {
    problems.push({
      code: 'contrast/unknown-token',
      message: `contrast pair names ${path}, which is not defined [in ${summarise([...new Set(labels)])}]`,
      file: pairsFile,
      path,
      expected: 'a colour token defined in every partner × mode',
    });
  }
  return problems;
}

/**
 * Foreground × background paths of one declared pair. A `*` matches one path segment; when both sides
 * use it, they are bound to the same segment (`color.axis.*.onSurface` on `color.axis.*.surface`).
 */
export function expandPair(
  foreground: string | readonly string[],
  background: string | readonly string[],
  permutation: Pick<ResolvedPermutation, 'definitions'>,
): [string, string][] {
  const list = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : [...value]);
  const matches = (pattern: string): { path: string; binding?: string }[] => {
    if (!pattern.includes('*')) return [{ path: pattern }];
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('([^.]+)')}$`);
    return [...permutation.definitions.keys()].sort().flatMap((path) => {
      const match = regex.exec(path);
      return match ? [{ path, binding: match[1] }] : [];
    });
  };
  const result: [string, string][] = [];
  for (const fgPattern of list(foreground)) {
    for (const fg of matches(fgPattern)) {
      for (const bgPattern of list(background)) {
        if (fg.binding !== undefined && bgPattern.includes('*'))
          result.push([fg.path, bgPattern.replace('*', fg.binding)]);
        else for (const bg of matches(bgPattern)) result.push([fg.path, bg.path]);
      }
    }
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
