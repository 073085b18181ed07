import type { ComponentExample } from '@blason/react';

/**
 * A story from a documented example of `@blason/react` (`<Component>.examples.tsx`): the same props
 * the package's own tests run axe on. Throws at load time if the example was renamed or removed.
 */
export function example<Props>(examples: ReadonlyArray<ComponentExample<Props>>, name: string) {
  const found = examples.find((candidate) => candidate.name === name);
  if (!found) {
    throw new Error(
      `no example "${name}" (known: ${examples.map((candidate) => candidate.name).join(', ')})`,
    );
  }
  return {
    name: found.name,
    args: found.props,
    ...(found.description ? { parameters: { docs: { description: { story: found.description } } } } : {}),
  };
}
