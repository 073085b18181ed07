interface ShadowLayer {
  color: string;
  offsetX: number;
  offsetY: number;
  blur: number;
  spread: number;
  inset?: boolean;
}

const isLayer = (value: unknown): value is ShadowLayer =>
  typeof value === 'object' && value !== null && 'color' in value && 'offsetX' in value;

/** CSS `box-shadow` of a resolved DTCG shadow (one layer or several), or of an already-CSS string. */
export function shadowCss(value: unknown): string {
  if (typeof value === 'string') return value;
  const layers = Array.isArray(value) ? value : [value];
  return layers
    .filter(isLayer)
    .map(
      (layer) =>
        `${layer.inset ? 'inset ' : ''}${layer.offsetX}px ${layer.offsetY}px ${layer.blur}px ${layer.spread}px ${layer.color}`,
    )
    .join(', ');
}
