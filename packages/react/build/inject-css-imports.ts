import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite's library mode extracts each module's CSS to a file but drops the `import` that loaded it.
 * Put it back, so a consumer's bundler loads a component's CSS only when it keeps the component.
 * `sideEffects` lists both the `*.css` files and the `*.css.js` modules importing them: Rolldown
 * inlines class names, leaving bare `import "…/a11y.css.js"` that a bundler would drop otherwise.
 * Appended: ES imports are hoisted anyway and the source maps keep their line numbers.
 */
export function injectCssImports(): Plugin {
  return {
    name: 'blason:inject-css-imports',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const css = [...(chunk.viteMetadata?.importedCss ?? [])].sort();
        if (css.length === 0) continue;
        const from = path.posix.dirname(chunk.fileName);
        const imports = css.map((file) => {
          const relative = path.posix.relative(from, file);
          return `import ${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)};`;
        });
        const code = chunk.code.replace(/^\/\* empty css\s*\*\/\n/, '');
        const mapComment = code.lastIndexOf('\n//# sourceMappingURL=');
        const at = mapComment === -1 ? code.length : mapComment;
        chunk.code = `${code.slice(0, at)}\n${imports.join('\n')}${code.slice(at)}`;
      }
    },
  };
}
