import { type BlasonError, isBlasonError } from '@blason/core';
import { LRUCache } from 'lru-cache';
import type { RenderRequest, RenderResult, StudioRenderer } from './renderer.js';

export interface RenderQueueOptions {
  /** Renders waiting or running at once; one more is refused (503) rather than queued. */
  readonly maxPending: number;
  /** A render slower than this is abandoned (503). */
  readonly timeoutMs: number;
  /** Rendered bytes kept in memory. */
  readonly cacheBytes: number;
}

/** The queue is full or the render too slow: the client may retry after `retryAfter` seconds. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
  }
}

/**
 * Renders through a bounded queue with a time limit, keeps results by their inputs' key (an LRU
 * bounded in bytes) and shares one render between identical requests in flight.
 */
export class RenderQueue {
  readonly #renderer: StudioRenderer;
  readonly #options: RenderQueueOptions;
  readonly #cache: LRUCache<string, RenderResult>;
  /**
   * Renders refused with French problems: the same inputs give the same problems, answered at once.
   * Kept ten seconds only: a refusal may come from a file (a photo not there yet) that then appears.
   */
  readonly #refused = new LRUCache<string, BlasonError>({ max: 1_000, ttl: 10_000 });
  readonly #inFlight = new Map<string, Promise<RenderResult>>();

  constructor(renderer: StudioRenderer, options: RenderQueueOptions) {
    this.#renderer = renderer;
    this.#options = options;
    this.#cache = new LRUCache({
      maxSize: options.cacheBytes,
      sizeCalculation: (result) => Math.max(1, result.bytes.byteLength),
    });
  }

  get pending(): number {
    return this.#inFlight.size;
  }

  /** The visual already drawn for this request, if any: no render, no wait. */
  cached(request: RenderRequest): RenderResult | undefined {
    return this.#cache.get(this.#renderer.renderKey(request));
  }

  async render(request: RenderRequest): Promise<RenderResult> {
    const key = this.#renderer.renderKey(request);
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const refused = this.#refused.get(key);
    if (refused) throw refused;
    let running = this.#inFlight.get(key);
    if (!running) {
      if (this.#inFlight.size >= this.#options.maxPending)
        throw new BusyError('file de rendu pleine : réessayez dans un instant', 1);
      running = this.#renderer.render(request);
      this.#inFlight.set(key, running);
      running
        .then(
          (result) => this.#cache.set(key, result),
          (error: unknown) => {
            if (isBlasonError(error)) this.#refused.set(key, error);
          },
        )
        .finally(() => this.#inFlight.delete(key));
    }
    return withTimeout(running, this.#options.timeoutMs);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new BusyError(
            `le rendu a dépassé ${Math.round(ms / 100) / 10} s : réessayez dans un instant`,
            Math.max(1, Math.ceil(ms / 1000)),
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
