/**
 * Thrown when a component receives props that would break the brand
 * (an unknown axis, a heading level out of range, a non-numeric key figure).
 */
export class BlasonPropError extends Error {
  override readonly name = 'BlasonPropError';

  constructor(component: string, prop: string, message: string, expected: string) {
    super(`<${component}> ${prop}: ${message} (expected ${expected})`);
  }
}

/** What bundlers replace statically; declared here so the browser build needs no Node types. */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * True unless the consumer's bundler replaced `process.env.NODE_ENV` with "production".
 * Bundlers replace the expression statically; without one, `process` may not exist (→ development).
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/** Throws in development; in production the component renders its fallback instead of crashing the page. */
export function assertProp(condition: boolean, error: () => BlasonPropError): boolean {
  if (!condition && isDevelopment()) throw error();
  return condition;
}
