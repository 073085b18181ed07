import { BlasonError, isBlasonError, type Problem, unknownValueMessage } from '@blason/core';

/** Bad usage of a command (a wrong flag value, a missing input): the CLI exits 2. */
export function usageError(summary: string, problems: readonly Problem[] = []): BlasonError {
  return new BlasonError(summary, problems, { kind: 'usage' });
}

/** `--partner` naming no partner of the brand: bad usage, worded as every command words it. */
export function unknownPartner(partner: string, known: readonly string[]): BlasonError {
  return usageError('Partenaire inconnu', [
    {
      code: 'cli/unknown-partner',
      path: '--partner',
      message: unknownValueMessage('partenaire', partner, known),
      language: 'fr',
    },
  ]);
}

/** A library's error about an input a flag named (a lexicon that cannot be read): bad usage. */
export function asUsageError(error: unknown): unknown {
  if (!isBlasonError(error) || error.kind === 'usage') return error;
  return usageError(error.summary, error.problems);
}

/** Repeatable and comma-separated: `--partner capso --partner agence-eco` or `--partner capso,agence-eco`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** `--jobs <n>`: a number of worker threads, an integer ≥ 1. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (Number.isInteger(jobs) && jobs >= 1) return jobs;
  throw usageError(`Option --jobs invalide : « ${value} »`, [
    {
      code: 'cli/invalid-jobs',
      path: '--jobs',
      message: `nombre de tâches parallèles invalide « ${value} »`,
      expected: 'un nombre entier, au moins 1',
      language: 'fr',
    },
  ]);
}
