import type { Finding } from '../lint/finding.js';
import type { LintedFile } from './report.js';

/** The part of SARIF 2.1.0 this reporter writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/). */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifDriver };
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly SarifResult[];
}

export interface SarifDriver {
  readonly name: string;
  readonly rules: readonly SarifRule[];
}

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
}

export interface SarifArtifactLocation {
  readonly uri: string;
}

export interface SarifRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly charOffset: number;
  readonly charLength: number;
  readonly snippet: { readonly text: string };
}

export interface SarifFix {
  readonly description: { readonly text: string };
  readonly artifactChanges: readonly {
    readonly artifactLocation: SarifArtifactLocation;
    readonly replacements: readonly {
      readonly deletedRegion: { readonly charOffset: number; readonly charLength: number };
      readonly insertedContent: { readonly text: string };
    }[];
  }[];
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning' | 'note';
  readonly message: { readonly text: string };
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: SarifArtifactLocation;
      readonly region: SarifRegion;
    };
  }[];
  readonly fixes?: readonly SarifFix[];
  readonly properties: {
    readonly entryId?: string;
    readonly suggestion?: string;
    readonly jsonPath?: string;
  };
}

const ruleFamilies: Record<string, string> = {
  name: 'Noms de la marque et des partenaires, sigles',
  term: 'Termes à privilégier ou à éviter',
  verbatim: 'Signatures et textes à reprendre mot pour mot',
  typography: 'Typographie française',
  inclusive: 'Écriture inclusive selon la politique du partenaire et du canal',
  length: 'Longueur maximale d’un champ',
};

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

function ruleDescription(ruleId: string): string {
  return ruleFamilies[ruleId.split('/')[0] ?? ''] ?? ruleId;
}

/** `typography/nbsp-colon` → `typographyNbspColon`: SARIF rule names are identifiers. */
function ruleName(ruleId: string): string {
  return ruleId.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase());
}

function artifactOf(file: string): SarifArtifactLocation {
  return { uri: file === '<stdin>' ? 'stdin' : encodeURI(file.split('\\').join('/')) };
}

function fixOf(finding: Finding, artifactLocation: SarifArtifactLocation): SarifFix[] | undefined {
  if (!finding.fixable || finding.suggestion === undefined) return undefined;
  return [
    {
      description: { text: `Remplacer par « ${finding.suggestion} »` },
      artifactChanges: [
        {
          artifactLocation,
          replacements: [
            {
              deletedRegion: { charOffset: finding.offset, charLength: finding.length },
              insertedContent: { text: finding.suggestion },
            },
          ],
        },
      ],
    },
  ];
}

/**
 * SARIF 2.1.0 for code-scanning tools: one run, columns in UTF-16 code units, safe fixes as
 * replacements, the lexicon entry, suggestion and JSON path as properties.
 */
export function sarifReport(results: readonly LintedFile[]): SarifLog {
  const ruleIds = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const sarifResults = results.flatMap(({ file, findings }) => {
    const artifactLocation = artifactOf(file);
    return findings.map((finding): SarifResult => {
      const fixes = fixOf(finding, artifactLocation);
      return {
        ruleId: finding.ruleId,
        ruleIndex: ruleIds.indexOf(finding.ruleId),
        level: level[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: finding.line,
                startColumn: finding.column,
                endLine: finding.endLine,
                endColumn: finding.endColumn,
                charOffset: finding.offset,
                charLength: finding.length,
                snippet: { text: finding.found },
              },
            },
          },
        ],
        ...(fixes ? { fixes } : {}),
        properties: {
          ...(finding.entryId ? { entryId: finding.entryId } : {}),
          ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
          ...(finding.path ? { jsonPath: finding.path } : {}),
        },
      };
    });
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'blason-lint',
            rules: ruleIds.map((id) => ({
              id,
              name: ruleName(id),
              shortDescription: { text: ruleDescription(id) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
