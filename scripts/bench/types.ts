/** One measured figure of a benchmark. */
export interface BenchResult {
  /** Which benchmark, e.g. `tokens`, `lint`, `render`. */
  readonly suite: string;
  /** What was measured, e.g. `sample build`, `lint 1 MB`. */
  readonly name: string;
  readonly value: number;
  /** Unit of `value`: `ms`, `MB/s`, `visuals/s`… */
  readonly unit: string;
  /** The target stated in the issue, for the report (`< 3000 ms`). */
  readonly target?: string;
  /** Peer measured in the same run and the ratio against it, when there is one. */
  readonly peer?: { readonly name: string; readonly value: number; readonly ratio: number };
}

/** A benchmark module under `scripts/bench/` exports `run` returning its results. */
export type BenchSuite = () => Promise<BenchResult[]>;
