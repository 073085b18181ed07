import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { stableStringify, writeFileAtomic } from '@blason/core';
import type { RenderedVisual } from './visual.js';

const FORMAT = 1;

/**
 * The render cache index: for each visual key, the hash of its inputs and the files it wrote.
 * A visual is skipped when its hash matches and its files are still there with the same size.
 */
export class RenderCache {
  readonly file: string;
  readonly #entries: Map<string, RenderedVisual>;
  /** Each entry's JSON, made once: saving the whole index again after every visual stays cheap. */
  readonly #json = new Map<string, string>();
  #timer: NodeJS.Timeout | undefined;
  #saving: Promise<void> = Promise.resolve();

  private constructor(file: string, entries: Map<string, RenderedVisual>) {
    this.file = file;
    this.#entries = entries;
  }

  static async open(outDir: string): Promise<RenderCache> {
    const file = join(outDir, '.blason-cache', 'render.json');
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as {
        format: number;
        visuals: Record<string, RenderedVisual>;
      };
      if (data.format === FORMAT) return new RenderCache(file, new Map(Object.entries(data.visuals)));
    } catch {
      // No index yet, or an unreadable one: start afresh (every visual is re-rendered).
    }
    return new RenderCache(file, new Map());
  }

  /** The cached visual when its hash matches and all its files exist with the recorded size. */
  async fresh(key: string, hash: string, outDir: string): Promise<RenderedVisual | undefined> {
    const entry = this.#entries.get(key);
    if (!entry || entry.hash !== hash) return undefined;
    for (const file of entry.files) {
      const info = await stat(join(outDir, file.path)).catch(() => undefined);
      if (!info || info.size !== file.bytes) return undefined;
    }
    return entry;
  }

  set(visual: RenderedVisual): void {
    this.#entries.set(visual.key, visual);
    this.#json.delete(visual.key);
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      void this.save();
    }, 200);
  }

  /** Writes the index atomically; saves are serialised so the last one wins. */
  save(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const keys = [...this.#entries.keys()].sort();
    const visuals = keys.map((key) => `${JSON.stringify(key)}:${this.#entryJson(key)}`);
    const text = `{"format":${FORMAT},"visuals":{${visuals.join(',')}}}\n`;
    this.#saving = this.#saving.then(() => writeFileAtomic(this.file, text));
    return this.#saving;
  }

  #entryJson(key: string): string {
    let json = this.#json.get(key);
    if (json === undefined) {
      json = stableStringify(this.#entries.get(key), 0).trimEnd();
      this.#json.set(key, json);
    }
    return json;
  }
}
