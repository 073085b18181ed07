import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import { fileFault, isBlasonError, writeFileAtomic } from '@blason/core';
import {
  type Channel,
  channels,
  countFindings,
  type Finding,
  fixText,
  formatReport,
  type InputFormat,
  JsonSyntaxError,
  type Lexicon,
  type LintedFile,
  lintText,
  loadLexicon,
  type ReportFormat,
  reportFormats,
  unifiedDiff,
} from '@blason/lexicon/lint';
import { Option } from 'commander';
import { asUsageError, unknownPartner, usageError } from '../options.js';
import type { RegisterCommand } from './index.js';

/** Larger inputs are refused rather than slowly linted (a copy text is a few kilobytes). */
export const maxInputBytes = 10 * 1024 * 1024;

export interface LintCommandOptions {
  readonly lexicon: string;
  readonly partner?: string;
  readonly channel?: Channel;
  readonly format: ReportFormat;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly maxWarnings?: number;
  readonly internal?: boolean;
  readonly field?: string;
  readonly stdinType: InputFormat;
  /** `--no-cache` sets it to false: read and validate the lexicon sources every time. */
  readonly cache?: boolean;
}

/** Where the command reads and writes, so tests can run it in-process. */
export interface LintIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
}

const usage = usageError;

export const registerLint: RegisterCommand = (program) => {
  program
    .command('lint')
    .description(
      'Check French copy against the lexicon: names, terms, verbatim texts, typography, inclusive writing.',
    )
    .argument('[files...]', '.txt, .md, .html or .json content files (standard input when none)')
    .option('--lexicon <dir>', 'lexicon directory', 'tokens/lexicon')
    .option('--partner <id>', 'partner id (scoped entries, inclusive-writing policy)')
    .addOption(new Option('--channel <channel>', 'publication channel').choices([...channels]))
    .addOption(
      new Option('--format <format>', 'output format').choices([...reportFormats]).default('stylish'),
    )
    .option('--fix', 'apply safe fixes to the files (or print the fixed standard input)')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff, change nothing')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .option('--internal', 'internal document: acronyms allowed without first mention')
    .option('--field <name>', 'content field of the text (length budget), e.g. title')
    .option('--no-cache', 'read and validate the lexicon every time (no per-user cache of it)')
    .addOption(
      new Option('--stdin-type <type>', 'format of standard input')
        .choices(['text', 'markdown', 'html', 'json'])
        .default('text'),
    )
    .action(async (files: string[], options: LintCommandOptions) => {
      process.exitCode = await runLint(files, options, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        readStdin: () => readAll(process.stdin),
      });
    });
};

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0)
    throw usage(`--max-warnings attend un entier positif, pas « ${value} ».`);
  return count;
}

/** Runs `blason lint` and returns the exit code: 0 clean, 1 errors or too many warnings, 2 bad usage. */
export async function runLint(
  files: readonly string[],
  options: LintCommandOptions,
  io: LintIo,
): Promise<number> {
  if (options.fix && options.fixDryRun) throw usage('--fix et --fix-dry-run ne vont pas ensemble.');
  const lexicon = await loadLexiconOrUsage(options.lexicon, options.cache !== false);
  await checkPartner(options.lexicon, options.partner);
  const inputs = files.length > 0 ? files : ['-'];
  const results: LintedFile[] = [];
  for (const file of inputs) {
    const isStdin = file === '-';
    const text = decode(isStdin ? await io.readStdin() : await readInput(file), isStdin ? '<stdin>' : file);
    const format = isStdin ? options.stdinType : formatOf(file);
    const lintOptions = {
      lexicon,
      partner: options.partner,
      channel: options.channel,
      format,
      internal: options.internal,
      field: options.field,
    };
    const name = isStdin ? '<stdin>' : file;
    results.push({ file: name, findings: await lintOrFix(text, name, isStdin, lintOptions, options, io) });
  }
  // When standard output carries the fixed text or the diff, the report goes to standard error.
  const reportToStderr = options.fixDryRun || (options.fix && inputs.includes('-'));
  (reportToStderr ? io.stderr : io.stdout)(formatReport(results, options.format));
  return exitCode(results, options.maxWarnings);
}

async function lintOrFix(
  text: string,
  name: string,
  isStdin: boolean,
  lintOptions: Parameters<typeof lintText>[1],
  options: LintCommandOptions,
  io: LintIo,
): Promise<readonly Finding[]> {
  try {
    if (!options.fix && !options.fixDryRun) return lintText(text, lintOptions);
    const fixed = fixText(text, lintOptions).text;
    if (options.fixDryRun) {
      if (fixed !== text) io.stdout(unifiedDiff(name, text, fixed));
    } else if (isStdin) {
      io.stdout(fixed);
    } else if (fixed !== text) {
      await writeFileAtomic(name, fixed);
    }
    return lintText(fixed, lintOptions);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw usage(`${name} : JSON invalide (${error.message}).`);
    }
    throw error;
  }
}

/**
 * The validated lexicon is kept per user ($XDG_CACHE_HOME/blason, ~/.cache/blason by default), keyed
 * by its sources: linting on every save does not parse and validate the same YAML again.
 */
export function lexiconCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'blason');
}

async function loadLexiconOrUsage(lexiconDir: string, cache: boolean): Promise<Lexicon> {
  try {
    return await loadLexicon({ lexiconDir, ...(cache ? { cacheDir: lexiconCacheDir() } : {}) });
  } catch (error) {
    throw asUsageError(error);
  }
}

async function checkPartner(lexiconDir: string, partner: string | undefined): Promise<void> {
  if (!partner) return;
  let known: string[];
  try {
    known = (await readdir(join(lexiconDir, '..', 'partners')))
      .filter((name) => name.endsWith('.partner.json'))
      .map((name) => name.slice(0, -'.partner.json'.length))
      .sort();
  } catch {
    return;
  }
  if (known.length > 0 && !known.includes(partner)) {
    throw unknownPartner(partner, known);
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw usage(`${file} : ce n’est pas un fichier`);
    size = info.size;
  } catch (error) {
    if (isBlasonError(error)) throw error;
    throw usage(`${file} : ${fileFault(error)}`);
  }
  if (size > maxInputBytes) throw usage(tooLarge(file, size));
  return readFile(file);
}

function tooLarge(name: string, size: number): string {
  return `${name} : ${(size / 1024 / 1024).toFixed(1)} Mo, au-delà de la limite de ${maxInputBytes / 1024 / 1024} Mo ; découpez le texte.`;
}

/** UTF-8 text only: binary input (NUL bytes, invalid UTF-8) is refused with a message. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > maxInputBytes) throw usage(tooLarge(name, bytes.byteLength));
  if (bytes.subarray(0, 8192).includes(0))
    throw usage(`${name} : fichier binaire, seul du texte UTF-8 peut être relu.`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw usage(`${name} : encodage invalide, seul du texte UTF-8 peut être relu.`);
  }
}

export function formatOf(file: string): InputFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.json') return 'json';
  return 'text';
}

async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  if (stream.isTTY) throw usage('Aucun fichier donné et rien sur l’entrée standard (blason lint --help).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.byteLength;
    if (size > maxInputBytes) throw usage(tooLarge('<stdin>', size));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function exitCode(results: readonly LintedFile[], maxWarnings: number | undefined): number {
  const { errors, warnings } = countFindings(results);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}
