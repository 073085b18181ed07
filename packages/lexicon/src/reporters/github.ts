import type { LintedFile } from './report.js';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's lines. */
export function githubReport(results: readonly LintedFile[]): string {
  const lines = results.flatMap(({ file, findings }) =>
    findings.map((finding) => {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(',');
      return `::${command[finding.severity]} ${properties}::${escapeData(finding.message)}`;
    }),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
