/**
 * Where a cold kit build's time goes, read from its progress events: start-up (the brand, the
 * campaigns and the threads, up to the first rendered visual), the visuals, then the partner kits
 * (logos, sheets, tokens, zips) after the last visual; and how many cores it kept busy.
 */
import type { KitProgress } from '@blason/kit/build';

export interface KitPhases {
  readonly ms: number;
  /** From the start to the first rendered visual. */
  readonly startupMs: number;
  /** From the first rendered visual to the last. */
  readonly visualsMs: number;
  /** From the last rendered visual to the end: the partner kits. */
  readonly partnerMs: number;
  /** Process CPU time (every thread) over wall time. */
  readonly cores: number;
}

/** Starts the clock; pass `onProgress` to the build and call `stop` when it returns. */
export function kitPhaseClock(): {
  onProgress: (event: KitProgress) => void;
  stop: () => KitPhases;
} {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let firstVisual: number | undefined;
  let lastVisual = started;
  return {
    onProgress: (event) => {
      if (event.step !== 'render') return;
      lastVisual = performance.now();
      firstVisual ??= lastVisual;
    },
    stop: () => {
      const ended = performance.now();
      const used = process.cpuUsage(cpu);
      const first = firstVisual ?? started;
      return {
        ms: ended - started,
        startupMs: first - started,
        visualsMs: lastVisual - first,
        partnerMs: ended - lastVisual,
        cores: (used.user + used.system) / 1000 / (ended - started),
      };
    },
  };
}
