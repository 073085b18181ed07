import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA: the RGAA baseline the brand commits to. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface VisitResult {
  /** Render errors, play-function failures, uncaught exceptions and console errors. */
  errors: string[];
  violations: AxeViolation[];
}

/**
 * Records the preview's lifecycle events in `window.__blason` as soon as Storybook creates its
 * channel, so the test knows when a story finished (play function included) or failed.
 */
function recordStorybookEvents(): void {
  interface Channel {
    on(event: string, listener: (payload: unknown) => void): void;
  }
  const state = { done: false, errors: [] as string[] };
  const w = window as unknown as Record<string, unknown>;
  w.__blason = state;
  const text = (payload: unknown): string => {
    if (Array.isArray(payload)) return payload.map(text).join('; ');
    if (payload && typeof payload === 'object') {
      const { message, title, description, name } = payload as Record<string, unknown>;
      return [name, title, message, description].filter(Boolean).join(': ') || JSON.stringify(payload);
    }
    return String(payload);
  };
  let channel: Channel | undefined;
  Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: Channel) {
      channel = value;
      const fail = (event: string) => (payload: unknown) => state.errors.push(`${event}: ${text(payload)}`);
      for (const event of [
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
        'storyMissing',
      ]) {
        value.on(event, fail(event));
      }
      value.on('storyFinished', (payload) => {
        const { status, reporters } = payload as {
          status: string;
          reporters: { type: string; status: string }[];
        };
        if (status !== 'success') {
          const failed = reporters
            .filter((report) => report.status === 'failed')
            .map((report) => report.type);
          state.errors.push(
            `story finished with status ${status} (failed reports: ${failed.join(', ') || 'none'})`,
          );
        }
        state.done = true;
      });
      value.on('docsRendered', () => {
        state.done = true;
      });
      for (const event of ['storyErrored', 'storyThrewException', 'storyMissing']) {
        value.on(event, () => {
          state.done = true;
        });
      }
    },
  });
}

/** Prepares a page once: event recording, error collection and no animations. */
export async function preparePage(page: Page): Promise<{ drainErrors(): string[] }> {
  const errors: string[] = [];
  await page.addInitScript(recordStorybookEvents);
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported with its URL by the response listener below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Navigating to the next story cancels the previous page's pending requests: not a failure.
    const reason = request.failure()?.errorText ?? 'unknown';
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`);
  });
  return { drainErrors: () => errors.splice(0) };
}

/** Opens one story or docs page, waits until it finished rendering (and playing), then runs axe. */
export async function visit(
  page: Page,
  url: string,
  drainErrors: () => string[],
  options: { axeRoot?: '#storybook-root' | '#storybook-docs' },
): Promise<VisitResult> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as unknown as { __blason?: { done: boolean } }).__blason?.done,
    null,
    {
      timeout: 30_000,
    },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const storybookErrors = await page.evaluate(
    () => (window as unknown as { __blason: { errors: string[] } }).__blason.errors,
  );
  const violations = options.axeRoot ? await runAxe(page, options.axeRoot) : [];
  return { errors: [...storybookErrors, ...drainErrors()], violations };
}

async function runAxe(page: Page, rootSelector: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ tags, rootSelector }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const root = document.querySelector(rootSelector) ?? document;
      const result = await axe.run(root, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: axeTags, rootSelector },
  );
}
