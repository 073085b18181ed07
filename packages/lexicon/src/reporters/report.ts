import type { Finding } from '../lint/finding.js';

/** The findings of one linted input. */
export interface LintedFile {
  /** Path as given on the command line, or `<stdin>`. */
  readonly file: string;
  readonly findings: readonly Finding[];
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly fixable: number;
}

export function countFindings(results: readonly LintedFile[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const { findings } of results) {
    for (const finding of findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
      if (finding.fixable) fixable++;
    }
  }
  return { errors, warnings, infos, fixable };
}
