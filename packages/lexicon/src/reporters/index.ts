import { stableStringify } from '@blason/core';
import { githubReport } from './github.js';
import type { LintedFile } from './report.js';
import { sarifReport } from './sarif.js';
import { stylishReport } from './stylish.js';

export { githubReport } from './github.js';
export { countFindings, type FindingCounts, type LintedFile } from './report.js';
export * from './sarif.js';
export { stylishReport } from './stylish.js';

export const reportFormats = ['stylish', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The lint results in one of the report formats (JSON and SARIF with sorted keys, byte-stable). */
export function formatReport(results: readonly LintedFile[], format: ReportFormat): string {
  switch (format) {
    case 'json':
      return stableStringify(results);
    case 'sarif':
      return stableStringify(sarifReport(results));
    case 'github':
      return githubReport(results);
    default:
      return stylishReport(results);
  }
}
