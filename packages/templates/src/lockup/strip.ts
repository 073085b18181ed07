import { type Frame, space } from '../layout/frame.js';
import { columns } from '../layout/geometry.js';
import type { Cosigner } from '../theme.js';
import type { Rect } from '../types.js';
import { lockupGeometry } from './geometry.js';
import { minLockupCap, type PlacedLockup, placeLockup } from './place.js';

/**
 * The co-branding strip: the signing partner's lockup and each co-signer's, in the campaign's
 * order, share the band the lockup was placed in, in columns as wide as each is at a common size, in its orientation and colour
 * variant, all at one size (the largest every column allows, never below the lockup's minimum).
 */
export function coBrandingStrip(
  frame: Frame,
  lockup: PlacedLockup,
  brandName: string,
  cosigners: readonly Cosigner[],
): { lockup: PlacedLockup; cosigners: PlacedLockup[] } {
  const gap = space(frame, 6);
  const orientation = lockup.geometry.orientation;
  const names = { brand: lockup.geometry.brand.text, lines: lockup.geometry.lines.map((l) => l.text) };
  const all = [names, ...cosigners.map((c) => ({ brand: brandName, lines: c.lockup.lines }))];
  // Co-signers stack their name under the wordmark: the strip holds three lockups on a square.
  const orientationOf = (index: number) => (index === 0 ? orientation : 'vertical');
  // Each lockup's column is as wide as it is at one common size: they are drawn alike.
  const widths = all.map(
    (n, i) => lockupGeometry(frame.theme, n, orientationOf(i), minLockupCap(frame, n)).width,
  );
  const cells = columns(
    lockup.area,
    widths.map((w) => ({ fr: w })),
    gap,
  ) as Rect[];
  const options = (index: number) =>
    ({ orientation: orientationOf(index), variant: lockup.variant, verticalAlign: 'end' }) as const;
  // First as large as each column allows, then all at the smallest of those sizes: drawn alike.
  const fitted = all.map((n, i) => placeLockup(frame, n, cells[i] as Rect, options(i)));
  const maxCap = Math.min(...fitted.map((p) => p.geometry.capHeight));
  const placed = all.map((n, i) => placeLockup(frame, n, cells[i] as Rect, { ...options(i), maxCap }));
  return {
    lockup: placed[0] as PlacedLockup,
    cosigners: placed.slice(1).map((lockupOf, index) => {
      const field = (name: string) => `cosigners[${index}].${name}`;
      return { ...lockupOf, text: lockupOf.text.map((box) => ({ ...box, field: field(box.field) })) };
    }),
  };
}
