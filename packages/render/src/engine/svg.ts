import { BlasonError } from '@blason/core/problem';
import type { ReactElement, ReactNode } from 'react';
import satori from 'satori';
import type { LoadedFonts } from './fonts.js';
import { findRemoteUrls, remoteUrlProblem } from './remote.js';
import { dropCanvasOverflow, expandElement } from './tree.js';

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

export interface RenderSvgOptions {
  /** Let satori fetch remote images (off by default: renders work offline and never leak). */
  readonly allowRemote?: boolean;
  /**
   * Leave text as `<text>` elements (x, baseline y, width, font size) instead of glyph outlines:
   * where a drawing needs to know what its text says and where (a PDF's text layer).
   */
  readonly textAsRuns?: boolean;
}

/**
 * Lays out a template element at the format's size and returns the SVG. The root is
 * border-box like the templates expect; remote URLs are refused before satori could fetch them.
 */
export async function renderSvg(
  element: ReactNode,
  format: SvgSize,
  fonts: LoadedFonts,
  options: RenderSvgOptions = {},
): Promise<string> {
  const tree = dropCanvasOverflow(expandElement(element), format);
  if (!options.allowRemote) {
    const remote = findRemoteUrls(tree);
    if (remote.length > 0)
      throw new BlasonError(
        'Adresse distante refusée',
        remote.map((url) => remoteUrlProblem(url)),
      );
  }
  const root: ReactElement = {
    type: 'div',
    key: null,
    props: {
      style: { display: 'flex', boxSizing: 'border-box', width: format.width, height: format.height },
      children: tree,
    },
  };
  return satori(root, {
    width: format.width,
    height: format.height,
    fonts: fonts.satori,
    ...(options.textAsRuns ? { embedFont: false } : {}),
    // A glyph no embedded font has must have been refused earlier: never fetch one.
    loadAdditionalAsset: async () => [],
  });
}
