import { escapeMarkup, type Problem, rewriteSvgRoot, svgRootTag } from '@blason/core';
import { unsafeSvgProblems } from '@blason/print';

/**
 * What a logo file may not contain: live text (it needs the font to open), scripts, event
 * handlers, foreign objects, or any reference outside the file.
 */
export function logoSvgProblems(svg: string, file?: string): Problem[] {
  const problems: Problem[] = [...unsafeSvgProblems(svg)];
  if (/<text\b/i.test(svg)) {
    problems.push({ code: 'logo/svg-text', message: 'the SVG contains <text>; text must be paths' });
  }
  if (/\son[a-z]+\s*=/i.test(svg)) {
    problems.push({ code: 'logo/svg-event-handler', message: 'the SVG has an event handler attribute' });
  }
  if (/<image\b/i.test(svg)) {
    problems.push({
      code: 'logo/svg-image',
      message: 'the SVG embeds a raster image; a logo is vector only',
    });
  }
  return file ? problems.map((problem) => ({ ...problem, file })) : problems;
}

/** Gives the SVG an accessible name (`role="img"` and a `<title>`) and the XML namespace. */
export function titledSvg(svg: string, title: string): string {
  const escaped = escapeMarkup(title);
  const namespaced = svgRootTag(svg)?.text.includes('xmlns=') ?? false;
  return rewriteSvgRoot(svg, {
    last: { ...(namespaced ? {} : { xmlns: 'http://www.w3.org/2000/svg' }), role: 'img' },
    after: `<title>${escaped}</title>`,
  });
}

/** Removes the `<mask>` definitions nothing refers to (satori declares one per box, used or not). */
export function dropUnusedMasks(svg: string): string {
  return svg.replace(/<mask\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/mask>/g, (mask, id: string) =>
    svg.includes(`url(#${id})`) ? mask : '',
  );
}
