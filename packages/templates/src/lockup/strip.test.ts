import { BlasonError } from '@blason/core/problem';
import { describe, expect, test } from 'vitest';
import { formatSpec } from '../format.js';
import { frameOf } from '../layout/frame.js';
import { rect } from '../layout/geometry.js';
import { fixtureTheme } from '../test-support/fixture.js';
import type { Cosigner, TemplateTheme } from '../theme.js';
import { lockupBandHeight, placeLockup } from './place.js';
import { coBrandingStrip } from './strip.js';

const theme: TemplateTheme = {
  ...fixtureTheme,
  tokens: new Map(
    Object.entries({
      'logo.lockup.partnerNameScale': 0.5,
      'logo.lockup.partnerNameMinCapHeight.screen': 7,
      'logo.lockup.coBranding.maxRows': 2,
    }).map(([path, normalized]) => [path, { normalized }]),
  ),
};
const square = frameOf(formatSpec(theme, 'instagram-square'), theme);
const brand = 'Pays de Saint-Omer';
const capso = { brand, lines: ['Communauté d’agglomération', 'du Pays de Saint-Omer'] };
const cosigner = (id: string, name: string, lines: string[]): Cosigner => ({
  id,
  name,
  article: 'la',
  shortName: id,
  lockup: { lines },
});
const lumbres = cosigner('pays-de-lumbres', 'Communauté de communes du Pays de Lumbres', [
  'Communauté de communes',
  'du Pays de Lumbres',
]);
const eco = cosigner('agence-eco', 'Agence de développement économique', [
  'Agence de développement',
  'économique',
]);

function strip(width: number, cosigners: Cosigner[]) {
  const names = { ...capso, cosigners: cosigners.map((c) => c.lockup.lines) };
  const height = lockupBandHeight(square, names, 'horizontal', 0.5, width);
  const area = rect(square.safe.x, square.safe.y, width, height);
  const lockup = placeLockup(square, capso, area, { orientation: 'horizontal', variant: 'colour' });
  return { area, ...coBrandingStrip(square, lockup, brand, cosigners) };
}

describe('coBrandingStrip', () => {
  test('draws the shared wordmark once, then every signer’s names, on the band’s left edge', () => {
    const { area, lockup, cosigners } = strip(square.safe.width, [lumbres]);
    const fields = [...lockup.text, ...cosigners.flatMap((c) => c.text)].map((b) => b.field);
    expect(fields).toEqual([
      'lockup.brand',
      'lockup.lines[0]',
      'lockup.lines[1]',
      'cosigners[0].lockup.lines[0]',
      'cosigners[0].lockup.lines[1]',
    ]);
    expect(lockup.text[0]?.x).toBe(area.x);
    expect(lockup.geometry.strip?.rows).toHaveLength(1);
    // The names follow one another, left to right, all inside the band.
    const xs = [lockup.text[1], cosigners[0]?.text[0]].map((b) => b?.x ?? 0);
    expect(xs[1]).toBeGreaterThan(xs[0] as number);
    for (const box of [...lockup.text, ...cosigners.flatMap((c) => c.text)])
      expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
  });

  test('wraps onto more rows in a narrow band, inside the band sized for it', () => {
    const wide = strip(square.safe.width, [lumbres, eco]);
    const narrow = strip(420, [lumbres, eco]);
    expect(wide.lockup.geometry.strip?.rows).toHaveLength(1);
    expect(narrow.lockup.geometry.strip?.rows.length).toBeGreaterThan(1);
    expect(narrow.area.height).toBeGreaterThanOrEqual(wide.area.height);
    const bottom = (s: typeof narrow) => s.lockup.origin.y + s.lockup.geometry.height;
    expect(bottom(narrow)).toBeLessThanOrEqual(narrow.area.y + narrow.area.height);
  });

  test('says in French, on content.cosigners, when nothing fits: never a clip', () => {
    const area = rect(square.safe.x, square.safe.y, 300, 60);
    const lockup = placeLockup(square, capso, area, { orientation: 'horizontal', variant: 'colour' });
    let error: unknown;
    try {
      coBrandingStrip(square, lockup, brand, [lumbres, eco]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BlasonError);
    const problem = (error as BlasonError).problems[0];
    expect(problem?.path).toBe('content.cosigners');
    expect(problem?.language).toBe('fr');
    expect(problem?.message).toMatch(/^Trop de co-signataires pour le format instagram-square\u00a0: /);
  });
});
