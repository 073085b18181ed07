import { EXTENSIONS, type OutputKind } from './encode.js';

/** Paths of a visual's files, relative to the output folder, with `/` separators. */
export function screenPath(
  partner: string,
  campaign: string,
  format: string,
  kind: OutputKind | 'alt',
): string {
  const extension = kind === 'alt' ? 'alt.txt' : EXTENSIONS[kind];
  return `${partner}/visuals/${campaign}/${format}.${extension}`;
}

export function printPath(
  partner: string,
  campaign: string,
  format: string,
  kind: 'pdf' | 'preview' | 'alt',
): string {
  const suffix = kind === 'pdf' ? '.pdf' : kind === 'preview' ? '-preview.png' : '.alt.txt';
  return `${partner}/print/${campaign}-${format}${suffix}`;
}
