/**
 * `@blason/tokens/test-support`: fixtures for the tests and benchmarks of every package, run from
 * source by Vitest or tsx (not built, not published).
 */
export * from './synthetic-brand.js';
