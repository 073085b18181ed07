import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '@blason/core/problem';
import type { z } from 'zod';
import { type JsonDocument, parseJson } from '../source/json.js';

/** A tokens directory: reads files by their path relative to it and names them for humans. */
export class TokensDir {
  readonly root: string;
  private readonly cache = new Map<string, Promise<{ document?: JsonDocument; problems: Problem[] }>>();

  constructor(tokensDir: string) {
    this.root = resolve(tokensDir);
  }

  /** The name problems use: relative to the working directory when inside it. */
  display(file: string): string {
    const absolute = join(this.root, file);
    const fromCwd = relative(process.cwd(), absolute);
    return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd.split(sep).join('/');
  }

  /** Parses a JSON file once; a missing or malformed file yields problems. */
  readJson(file: string): Promise<{ document?: JsonDocument; problems: Problem[] }> {
    let pending = this.cache.get(file);
    if (!pending) {
      pending = this.load(file);
      this.cache.set(file, pending);
    }
    return pending;
  }

  private async load(file: string): Promise<{ document?: JsonDocument; problems: Problem[] }> {
    const name = this.display(file);
    let text: string;
    try {
      text = await readFile(join(this.root, file), 'utf8');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return {
        problems: [
          {
            code: missing ? 'file/missing' : 'file/unreadable',
            message: missing ? 'file not found' : `cannot read file: ${(error as Error).message}`,
            file: name,
            expected: missing ? 'the file the resolver or the tokens layout names' : 'a readable UTF-8 file',
          },
        ],
      };
    }
    const parsed = parseJson(text, name);
    return parsed.ok ? { document: parsed.document, problems: [] } : { problems: parsed.problems };
  }

  /** Files under `folder` (relative, `/`-separated) whose name ends with `suffix`, sorted. */
  async list(folder: string, suffix: string): Promise<string[]> {
    try {
      const entries = await readdir(join(this.root, folder), { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
        .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .sort();
    } catch {
      return [];
    }
  }
}

/** How schema issues of a data file are reported. */
export interface SchemaReport {
  readonly code: string;
  /** `invalid ${what}: …` */
  readonly what: string;
  readonly expected: string;
}

/** Reads a JSON data file and checks it against `schema`: one problem per issue, at its position. */
export async function readValidated<T extends z.ZodType>(
  dir: TokensDir,
  file: string,
  schema: T,
  report: SchemaReport,
): Promise<{ value?: z.output<T>; document?: JsonDocument; problems: Problem[] }> {
  const { document, problems } = await dir.readJson(file);
  if (!document) return { problems };
  const parsed = schema.safeParse(document.value);
  if (parsed.success) return { value: parsed.data, document, problems };
  return {
    document,
    problems: parsed.error.issues.map((issue) => ({
      code: report.code,
      message: `invalid ${report.what}: ${issue.message}`,
      file: document.file,
      path: issue.path.join('.') || undefined,
      ...document.position(issue.path as (string | number)[]),
      expected: report.expected,
    })),
  };
}
