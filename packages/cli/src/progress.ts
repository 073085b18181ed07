import { SingleBar } from 'cli-progress';
import { frenchSpacing } from './messages.js';

export interface ProgressStep {
  readonly done: number;
  readonly total: number;
  /** What was just finished, e.g. `capso/journee-formation/story`. */
  readonly key: string;
  readonly status?: string;
}

export interface Progress {
  update(step: ProgressStep): void;
  stop(): void;
}

/** The render statuses as an officer reads them in a CI log. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  rendered: 'rendu',
  cached: 'inchangé',
  failed: 'échec',
};

/** A progress bar on a terminal; plain lines in CI logs and pipes (no control characters). */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && !process.env.CI) return barProgress(label, stream);
  return {
    update: (step) =>
      stream.write(
        `${frenchSpacing(`${label} ${step.done}/${step.total}${step.status ? ` ${STATUS_WORDS[step.status] ?? step.status}` : ''}`)} ${step.key}\n`,
      ),
    stop: () => {},
  };
}

function barProgress(label: string, stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {key}`,
    stream,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update: (step) => {
      if (!started) {
        bar.start(step.total, 0, { key: '' });
        started = true;
      }
      bar.update(step.done, { key: step.key });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
