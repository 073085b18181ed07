import type { ResolvedPermutation } from '../brand.js';
import type { TokenProject } from '../load/project.js';
import { sourcesOf, type TokenSource } from '../schema/resolver.js';
import { aliasTarget, isPlainObject, type TokenDefinition } from '../schema/tree.js';
import type { TokenType } from '../schema/values.js';
import { setIn } from '../util/set-in.js';
import { cssColor, cssDimension, cssFontFamily } from './transforms.js';

/** Tokens Studio's names for the DTCG types it knows under another name. */
const studioTypes: Partial<Record<TokenType, string>> = {
  fontFamily: 'fontFamilies',
  fontWeight: 'fontWeights',
  shadow: 'boxShadow',
  cubicBezier: 'other',
  strokeStyle: 'other',
  transition: 'other',
  gradient: 'other',
};

/**
 * The brand for Figma: one Tokens Studio file with a token set per source file (aliases kept, so
 * designers see the semantic layer), and one theme group per resolver modifier (partner, mode).
 */
export function tokensStudioExport(
  project: TokenProject,
  permutations: readonly ResolvedPermutation[],
): string {
  const types = new Map<string, TokenType>();
  for (const permutation of permutations)
    for (const [path, token] of permutation.tokens) types.set(path, token.type);
  const resolver = project.resolver;
  const setName = (source: TokenSource) =>
    source.kind === 'file' ? source.file.replace(/\.tokens\.json$/, '').replace(/\.json$/, '') : source.label;
  const keyOf = (source: TokenSource) => (source.kind === 'file' ? source.file : `inline:${source.label}`);
  const output: Record<string, unknown> = {};
  const order: string[] = [];
  const addSet = (source: TokenSource) => {
    const name = setName(source);
    if (name in output) return name;
    const tree: Record<string, unknown> = {};
    const own = project.sources.get(keyOf(source)) ?? [];
    for (const definition of [...own, ...inheritedInto(source)]) {
      const type = types.get(definition.path) ?? definition.type;
      if (!type) continue;
      setIn(tree, definition.path.split('.'), {
        $value: studioValue(type, definition.value),
        $type: studioTypes[type] ?? type,
        ...(definition.description ? { $description: definition.description } : {}),
        ...(definition.extensions ? { $extensions: definition.extensions } : {}),
      });
    }
    output[name] = tree;
    order.push(name);
    return name;
  };
  /**
   * Tokens Studio has no `$extends`: a set whose groups extend others receives the copies, as the
   * first permutation that uses the set resolved them.
   */
  const inheritedInto = (source: TokenSource): TokenDefinition[] => {
    const groups = project.sourceTokens.get(keyOf(source))?.extending ?? [];
    if (groups.length === 0 || !resolver) return [];
    const user = permutations.find((p) =>
      sourcesOf(resolver, p.input).some((s) => keyOf(s) === keyOf(source)),
    );
    return [...(user?.definitions.values() ?? [])].filter(
      (definition) =>
        definition.inheritedFrom !== undefined &&
        groups.some((group) => definition.path.startsWith(`${group.path}.`)),
    );
  };
  const base: string[] = [];
  const themes: unknown[] = [];
  for (const step of resolver?.steps ?? []) {
    if (step.kind === 'set') base.push(...step.sources.map(addSet));
  }
  for (const step of resolver?.steps ?? []) {
    if (step.kind !== 'modifier') continue;
    for (const [context, sources] of Object.entries(step.contexts)) {
      const own = sources.map(addSet);
      themes.push({
        id: `${step.name}-${context}`,
        name: context,
        group: step.name,
        selectedTokenSets: Object.fromEntries([
          ...base.map((s) => [s, 'enabled']),
          ...own.map((s) => [s, 'enabled']),
        ]),
      });
    }
  }
  return `${JSON.stringify({ ...output, $themes: themes, $metadata: { tokenSetOrder: order } }, null, 2)}\n`;
}

/** Tokens Studio reads strings for units (`"16px"`) and hex colours; aliases stay `{a.b}`. */
function studioValue(type: TokenType, value: unknown): unknown {
  const target = aliasTarget(value);
  if (target !== undefined) return `{${target}}`;
  if (Array.isArray(value)) {
    if (type === 'fontFamily') return cssFontFamily(value);
    return value.map((item) => studioValue(type === 'shadow' ? 'shadow' : type, item));
  }
  if (!isPlainObject(value)) return value;
  switch (type) {
    case 'color':
      return cssColor(value);
    case 'dimension':
    case 'duration':
      return cssDimension(value);
    case 'shadow':
      return {
        x: studioValue('dimension', value.offsetX),
        y: studioValue('dimension', value.offsetY),
        blur: studioValue('dimension', value.blur),
        spread: studioValue('dimension', value.spread),
        color: studioValue('color', value.color),
        type: value.inset ? 'innerShadow' : 'dropShadow',
      };
    case 'typography':
      return {
        fontFamily: studioValue('fontFamily', value.fontFamily),
        fontWeight: studioValue('fontWeight', value.fontWeight),
        fontSize: studioValue('dimension', value.fontSize),
        lineHeight: studioValue('number', value.lineHeight),
        letterSpacing: studioValue('dimension', value.letterSpacing),
      };
    case 'border':
      return {
        color: studioValue('color', value.color),
        width: studioValue('dimension', value.width),
        style: studioValue('strokeStyle', value.style),
      };
    default:
      return value;
  }
}
