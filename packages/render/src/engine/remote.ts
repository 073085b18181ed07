import type { Problem } from '@blason/core/problem';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/gi;

export function isRemoteUrl(value: string): boolean {
  return REMOTE.test(value.trim()) && !value.trim().startsWith('data:');
}

/**
 * satori fetches `<img src>` and CSS `url()` itself: every remote address in an element tree is
 * found here first, so nothing is downloaded behind the user's back.
 */
export function findRemoteUrls(node: unknown, found: string[] = []): string[] {
  if (node === null || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) findRemoteUrls(child, found);
    return found;
  }
  if (!('props' in node)) return found;
  const element = node as { type: unknown; props: Record<string, unknown> };
  if (typeof element.type === 'function') {
    return findRemoteUrls((element.type as (props: unknown) => unknown)(element.props), found);
  }
  const { src, style, href, children } = element.props;
  for (const value of [src, href]) if (typeof value === 'string' && isRemoteUrl(value)) found.push(value);
  if (style && typeof style === 'object') {
    for (const value of Object.values(style)) {
      if (typeof value !== 'string') continue;
      for (const match of value.matchAll(CSS_URL))
        if (match[2] && isRemoteUrl(match[2])) found.push(match[2]);
    }
  }
  findRemoteUrls(children, found);
  return found;
}

export function remoteUrlProblem(url: string, path?: string): Problem {
  return {
    code: 'render/remote-url',
    severity: 'error',
    ...(path ? { path } : {}),
    message: `l’adresse distante « ${url} » est refusée : utilisez un fichier local (ou autorisez les adresses distantes pour ce rendu avec --allow-remote)`,
  };
}
