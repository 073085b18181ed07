import { BlasonError, type Problem } from '@blason/core/problem';
import { type Channel, channels, fixText, type Lexicon, lintText } from '@blason/lexicon/browser';
import { NON_TEXT_KEYS } from './text.js';

/** A finding of the lexicon linter (see `@blason/lexicon`), as the render keeps it. */
export interface LintFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly found?: string;
  readonly suggestion?: string;
  /** True when the fixer already applied the suggestion to the rendered text. */
  readonly fixed?: boolean;
}

/** A finding located in a content field, written to the report and the manifest. */
export interface FieldFinding extends LintFinding {
  readonly field: string;
}

export interface CopyOptions {
  readonly partner: string;
  /** `social` for screen formats, `print` for posters. */
  readonly channel: string;
  /** Content field the text is for (the lexicon's length budgets are per field). */
  readonly field?: string;
}

/** The linter as the render uses it: typographic fixes first, then findings on the fixed text. */
export interface CopyLinter {
  /** Safe fixes (typography, name variants…); `applied` lists what was changed. */
  fix(
    text: string,
    options: CopyOptions,
  ): { readonly text: string; readonly applied: readonly LintFinding[] };
  lint(text: string, options: CopyOptions): readonly LintFinding[];
}

export interface CheckedCopy {
  readonly content: Record<string, unknown>;
  readonly findings: readonly FieldFinding[];
}

/**
 * Fixes the typography of every text field of a content object (no-break spaces, apostrophes…)
 * and lints the result. Lint errors stop the render unless `allowErrors`; warnings are kept.
 */
export function checkCopy(
  content: Record<string, unknown>,
  linter: CopyLinter,
  options: CopyOptions & { readonly file: string; readonly allowErrors?: boolean },
): CheckedCopy {
  const findings: FieldFinding[] = [];
  const visit = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const perField = { partner: options.partner, channel: options.channel, field: path };
      const fixed = linter.fix(value, perField);
      for (const finding of fixed.applied) findings.push({ ...pick(finding), field: path, fixed: true });
      for (const finding of linter.lint(fixed.text, perField))
        findings.push({ ...pick(finding), field: path });
      return fixed.text;
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, `${path}[${index}]`));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, child]) => [
          key,
          NON_TEXT_KEYS.has(key) ? child : visit(child, path ? `${path}.${key}` : key),
        ]),
      );
    }
    return value;
  };
  const fixed = visit(content, '') as Record<string, unknown>;
  const errors = findings.filter((f) => f.severity === 'error' && !f.fixed);
  if (errors.length > 0 && !options.allowErrors) {
    throw new BlasonError(
      `Le texte de ${options.file} enfreint les codes lexicaux de la marque (${errors.length} erreur${errors.length > 1 ? 's' : ''}) ; corrigez-le ou relancez avec --allow-lint-errors`,
      errors.map((finding) => lintProblem(finding, options.file)),
    );
  }
  return { content: fixed, findings };
}

function lintProblem(finding: FieldFinding, file: string): Problem {
  const suggestion = finding.suggestion ? ` — proposition : « ${finding.suggestion} »` : '';
  return {
    code: `lint/${finding.ruleId}`,
    severity: finding.severity === 'error' ? 'error' : 'warning',
    file,
    path: `content.${finding.field}`,
    message: `${finding.message}${suggestion}`,
  };
}

/** The brand's lexicon as the render's linter (browser-safe: Storybook's gallery uses it too). */
export function lexiconLinter(lexicon: Lexicon): CopyLinter {
  return {
    fix: (text, options) => fixText(text, { ...options, channel: channelOf(options.channel), lexicon }),
    lint: (text, options) => lintText(text, { ...options, channel: channelOf(options.channel), lexicon }),
  };
}

function channelOf(channel: string): Channel {
  if (!(channels as readonly string[]).includes(channel)) throw new Error(`Unknown lint channel ${channel}`);
  return channel as Channel;
}

/** A linter that changes and reports nothing: used when no lexicon is given. */
export const NO_LINT: CopyLinter = { fix: (text) => ({ text, applied: [] }), lint: () => [] };

/** The finding fields kept in reports and manifests (no offsets into an intermediate text). */
function pick(finding: LintFinding): LintFinding {
  const { ruleId, severity, message, line, column, found, suggestion } = finding;
  return {
    ruleId,
    severity,
    message,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(found !== undefined ? { found } : {}),
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}
