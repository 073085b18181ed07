import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { BlasonError, fileFault, type Problem, unknownValueMessage } from '@blason/core';
import { fieldPathKeys, schemaIssues } from '@blason/templates';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { contentProblems, positionOf, syntaxProblem } from './content-errors.js';

const PARTNERS_EXPECTED =
  'les partenaires qui signent la campagne, en liste (par exemple [capso, territoire]) ou « all » pour tous';

/** The envelope of a campaign file; `content` is validated by the template's own schema. */
const campaignSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (issue) =>
        `« ${String(issue.input)} » : minuscules, chiffres et tirets seulement (ex. fete-du-marais)`,
    })
    .optional(),
  title: z.string().min(1).optional(),
  template: z.string().min(1),
  mode: z.string().min(1).optional(),
  /** Who signs the campaign: a list of partner ids, or `all`; never implied. */
  partners: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)], {
    error: (issue) =>
      `${issue.input === undefined ? 'champ obligatoire manquant' : 'valeur incorrecte'} : ${PARTNERS_EXPECTED}`,
  }),
  formats: z.array(z.string().min(1)).min(1).optional(),
  alt: z.string().min(1).optional(),
  content: z.record(z.string(), z.unknown()),
});

export interface Campaign {
  /** Kebab-case id, used in output paths: the `id` field or the file name. */
  readonly id: string;
  readonly file: string;
  readonly title?: string;
  readonly template: string;
  readonly mode?: string;
  /** The partners who sign it; absent when the file says `partners: all`. */
  readonly partners?: readonly string[];
  readonly formats?: readonly string[];
  /** Alternative text overriding the template's, in French. */
  readonly alt?: string;
  /** Content validated by the template's schema (defaults applied). */
  readonly content: Record<string, unknown>;
}

/** The part of a template definition the loader needs. */
export interface ContentTemplate {
  readonly contentSchema: z.ZodType;
}

export interface LoadCampaignOptions {
  /** Templates by id; without it the content is only checked to be an object. */
  readonly templates?: Readonly<Record<string, ContentTemplate>>;
}

/** The campaign files (YAML or JSON) of a folder, sorted; rejects when the folder cannot be read. */
export async function campaignFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads a campaign (YAML or JSON) and validates it. Every problem names the file, the field path,
 * its line and column, and what was expected, in French.
 */
export async function loadCampaign(file: string, options: LoadCampaignOptions = {}): Promise<Campaign> {
  const shown = displayPath(file);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new BlasonError(`Campagne illisible : ${shown}`, [
      {
        code: 'render/campaign-unreadable',
        severity: 'error',
        file: shown,
        message: fileFault(error),
        language: 'fr',
      },
    ]);
  }
  const { doc, lines } = parsedSource(source);
  if (doc.errors.length > 0) {
    const format = extname(file) === '.json' ? 'JSON' : 'YAML';
    const problems = doc.errors.map((error) => syntaxProblem(error, { file: shown, format, lines, doc }));
    throw new BlasonError(`Campagne invalide : ${shown}`, problems);
  }
  const data = doc.toJS() as unknown;
  const envelope = schemaIssues(campaignSchema, data);
  if (!envelope.ok) {
    throw new BlasonError(
      `Campagne invalide : ${shown}`,
      contentProblems(envelope.issues, { file: shown, doc, lines }),
    );
  }
  const campaign = envelope.data;
  const templates = options.templates;
  let content = campaign.content;
  if (templates) {
    const template = templates[campaign.template];
    if (!template) {
      throw new BlasonError(`Campagne invalide : ${shown}`, [
        {
          code: 'render/unknown-template',
          file: shown,
          ...positionOf(doc, lines, ['template']),
          path: 'template',
          message: unknownValueMessage('gabarit', campaign.template, Object.keys(templates)),
        },
      ]);
    }
    const parsed = schemaIssues(template.contentSchema, campaign.content);
    if (!parsed.ok) {
      throw new BlasonError(
        `Contenu invalide : ${shown}`,
        contentProblems(parsed.issues, { file: shown, prefix: ['content'], doc, lines }),
      );
    }
    content = parsed.data as Record<string, unknown>;
  }
  return {
    id: campaign.id ?? basename(file, extname(file)),
    file,
    template: campaign.template,
    content,
    ...(campaign.title ? { title: campaign.title } : {}),
    ...(campaign.mode ? { mode: campaign.mode } : {}),
    ...(campaign.partners !== 'all' ? { partners: campaign.partners } : {}),
    ...(campaign.formats ? { formats: campaign.formats } : {}),
    ...(campaign.alt ? { alt: campaign.alt } : {}),
  };
}

export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') ? file : shown;
}

/**
 * Problems found once a campaign was read (an unknown partner, a missing image, a text too long)
 * with the line and column of their field, as the content problems have them: each campaign file
 * a problem names is parsed again, once.
 */
export async function withSourcePositions(
  problems: readonly Problem[],
  campaignFiles: readonly string[],
): Promise<Problem[]> {
  const byShown = new Map(campaignFiles.map((file) => [displayPath(file), file]));
  const sources = new Map<string, Promise<{ doc: Document; lines: LineCounter } | undefined>>();
  const sourceOf = (file: string) => {
    let source = sources.get(file);
    if (!source) {
      source = readFile(file, 'utf8').then(parsedSource, () => undefined);
      sources.set(file, source);
    }
    return source;
  };
  return Promise.all(
    problems.map(async (problem) => {
      const file = problem.file === undefined ? undefined : byShown.get(problem.file);
      if (!file || !problem.path || problem.line !== undefined) return problem;
      const source = await sourceOf(file);
      return source
        ? { ...problem, ...positionOf(source.doc, source.lines, fieldPathKeys(problem.path)) }
        : problem;
    }),
  );
}

/** A campaign file's YAML (or JSON) document, with what finds the line and column of its nodes. */
function parsedSource(source: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(source, { lineCounter: lines, prettyErrors: false }), lines };
}
