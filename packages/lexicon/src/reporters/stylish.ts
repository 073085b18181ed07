import { countFindings, type LintedFile } from './report.js';

const severityLabel = { error: 'erreur', warning: 'avertissement', info: 'info' } as const;

function plural(count: number, word: string): string {
  return `${count}\u00A0${word}${count > 1 ? 's' : ''}`;
}

/**
 * The report a person reads in a terminal, in French: findings grouped by file (position, severity,
 * message, rule), then the totals and how many `--fix` would correct.
 */
export function stylishReport(results: readonly LintedFile[]): string {
  const { errors, warnings, infos, fixable } = countFindings(results);
  const total = errors + warnings + infos;
  if (total === 0) return 'Aucun problème.\n';
  const lines: string[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    lines.push(file);
    for (const finding of findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(8);
      const label = severityLabel[finding.severity].padEnd(13);
      const source = [finding.ruleId, finding.entryId, finding.path].filter(Boolean).join(' · ');
      lines.push(`  ${where}${label} ${finding.message}  (${source})`);
    }
    lines.push('');
  }
  lines.push(
    `✖ ${plural(total, 'problème')} (${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}, ${infos}\u00A0info)`,
  );
  if (fixable > 0) lines.push(`  ${fixable}\u00A0corrigeable${fixable > 1 ? 's' : ''} avec --fix`);
  return `${lines.join('\n')}\n`;
}
