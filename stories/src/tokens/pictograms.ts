/** Pictograms of the axes (`assets/pictograms/<axis>.svg`), bundled by Vite as SVG source. */
const sources = import.meta.glob<string>('../../../assets/pictograms/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The pictogram of an axis as an image URL, drawn in `colour` (the files stroke in `currentColor`,
 * which an `<img>` cannot inherit).
 */
export function pictogramUrl(axis: string, colour: string): string | undefined {
  const source = Object.entries(sources).find(([file]) => file.endsWith(`/${axis}.svg`))?.[1];
  if (!source) return undefined;
  return `data:image/svg+xml,${encodeURIComponent(source.replaceAll('currentColor', colour))}`;
}
