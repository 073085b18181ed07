/**
 * The axis pictograms drawn in `assets/pictograms/<axis>.svg`, inlined as strings at build time
 * (Vite `import.meta.glob`), so the published package carries them and needs no asset loader.
 */
const files = import.meta.glob<string>('../../../../../assets/pictograms/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Next to its visible label a pictogram is decorative: drop its title, its `role`/`aria-labelledby`
 * (whose ids would repeat when a page shows the same axis twice) and keep it out of the tab order.
 */
export function decorative(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*>\s*/g, '')
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>\s*/g, '')
    .replace(/\s(?:role|aria-labelledby|aria-label|id)="[^"]*"/g, '')
    .replace(/<svg\b/, '<svg aria-hidden="true" focusable="false"')
    .trim();
}

export const pictograms: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, svg]) => [path.replace(/^.*\/|\.svg$/g, ''), decorative(svg)]),
);
