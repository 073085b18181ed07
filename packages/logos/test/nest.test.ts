import { describe, expect, test } from 'vitest';
import { fitIn, injectSvgs, nestSvg, recolourSvg } from '../src/sheet/nest.js';
import { dropUnusedMasks, logoSvgProblems, titledSvg } from '../src/svg-safety.js';

const logo =
  '<svg width="100" height="40" viewBox="10 0 100 40" xmlns="http://www.w3.org/2000/svg" role="img"><title>Logo</title>' +
  '<defs><clipPath id="c"><path d="M0 0h10v10H0z"/></clipPath></defs>' +
  '<path clip-path="url(#c)" fill="#0b4f6c" d="M0 0h10v10H0z"/><path fill="#ffffff" stroke="#123" d="M0 0h1"/></svg>';

describe('nesting logos in a sheet', () => {
  test('nested copies keep their viewBox and get their own ids', () => {
    const nested = nestSvg({ svg: logo, x: 5, y: 6, width: 50, height: 20 }, 'a_');
    expect(nested).toMatch(/^<svg x="5" y="6" width="50" height="20" viewBox="10 0 100 40"/);
    expect(nested).toContain('id="a_c"');
    expect(nested).toContain('url(#a_c)');
    expect(nested).not.toContain('<title>');
    const page = injectSvgs('<svg width="200" height="100"></svg>', [
      { svg: logo, x: 0, y: 0, width: 10, height: 4 },
      { svg: logo, x: 0, y: 0, width: 10, height: 4, opacity: 0.5 },
    ]);
    expect(page.match(/id="logo\d_c"/g)).toEqual(['id="logo0_c"', 'id="logo1_c"']);
    expect(page).toContain('<g opacity="0.5">');
  });

  test('recolouring replaces every fill and stroke colour', () => {
    const recoloured = recolourSvg(logo, '#abcdef');
    expect(recoloured.match(/(fill|stroke)="#[0-9a-f]+"/g)).toEqual([
      'fill="#abcdef"',
      'fill="#abcdef"',
      'stroke="#abcdef"',
    ]);
  });

  test('fitIn keeps proportions and centres', () => {
    expect(fitIn(100, 50, { x: 0, y: 0, width: 200, height: 200 })).toEqual({
      x: 0,
      y: 50,
      width: 200,
      height: 100,
    });
  });
});

describe('SVG checks', () => {
  test('text, scripts, handlers, images and outside references are reported', () => {
    const codes = (svg: string) => logoSvgProblems(svg).map((problem) => problem.code);
    expect(codes(logo)).toEqual([]);
    expect(codes('<svg><text>Pays</text></svg>')).toEqual(['logo/svg-text']);
    expect(codes('<svg onload="x()"></svg>')).toEqual(['logo/svg-event-handler']);
    expect(codes('<svg><script/></svg>')).toEqual(['print/svg-script']);
    expect(codes('<svg><image href="https://a.example/x.png"/></svg>')).toEqual([
      'print/external-reference',
      'logo/svg-image',
    ]);
  });

  test('titles are escaped', () => {
    expect(titledSvg('<svg width="1">', 'A & <B>')).toBe(
      '<svg width="1" xmlns="http://www.w3.org/2000/svg" role="img"><title>A &amp; &lt;B&gt;</title>',
    );
  });
});

test('unused masks are dropped, used ones kept', () => {
  const svg =
    '<svg><mask id="a"><rect fill="#fff"/></mask><mask id="b"><rect fill="#fff"/></mask><g mask="url(#b)"/></svg>';
  expect(dropUnusedMasks(svg)).toBe('<svg><mask id="b"><rect fill="#fff"/></mask><g mask="url(#b)"/></svg>');
});
