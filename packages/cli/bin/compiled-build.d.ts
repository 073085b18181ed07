/**
 * Whether the compiled `dist/` of a workspace package and of every workspace package it depends on
 * was written after the last change to their sources (false in any doubt).
 */
export function compiledIsCurrent(packageDir: string, entry?: string): boolean;
