/**
 * A pictogram SVG (drawn in `currentColor`) in a colour, as the data URI templates draw. Base64
 * through `btoa`, which Node and browsers both have.
 */
export function pictogramDataUri(svg: string, color?: string): string {
  return `data:image/svg+xml;base64,${base64(new TextEncoder().encode(color ? svg.replaceAll('currentColor', color) : svg))}`;
}

/** Base64 of bytes, in chunks (spreading a large array into one call overflows the stack). */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
