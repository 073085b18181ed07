import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { entryUrl, type IndexEntry, type Theme } from './index.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA: the RGAA baseline the brand commits to. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * On docs pages axe checks our content, not Storybook's own chrome: the args table (its object
 * inspector nests `<li>` without a list) and the scrollable story frames of the docs layout.
 */
const docsAxe = {
  exclude: ['.docblock-argstable', '.docblock-code-toggle'],
  disabledRules: ['scrollable-region-focusable'],
};

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

interface StoryState {
  expected: string | null;
  done: boolean;
  /** The expected docs page reported itself rendered; its embedded stories may still be rendering. */
  docsRendered: boolean;
  /** How many renders of each story id finished, embedded stories of a docs page included. */
  finished: Record<string, number>;
  errors: string[];
}

/**
 * Records the preview's lifecycle events in `window.__blason` as soon as Storybook creates its
 * channel, so the test knows when the expected story finished (play function included) or failed.
 */
function recordStorybookEvents(): void {
  interface Channel {
    on(event: string, listener: (payload: unknown) => void): void;
  }
  const state: StoryState = {
    expected: new URLSearchParams(location.search).get('id'),
    done: false,
    docsRendered: false,
    finished: {},
    errors: [],
  };
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
      const failures = ['playFunctionThrewException', 'unhandledErrorsWhilePlaying'];
      const fatal = ['storyErrored', 'storyThrewException', 'storyMissing'];
      for (const event of [...failures, ...fatal]) {
        value.on(event, (payload) => {
          state.errors.push(`${event}: ${text(payload)}`);
          if (fatal.includes(event)) state.done = true;
        });
      }
      value.on('storyFinished', (payload) => {
        const { storyId, status, reporters } = payload as {
          storyId: string;
          status: string;
          reporters: { type: string; status: string }[];
        };
        state.finished[storyId] = (state.finished[storyId] ?? 0) + 1;
        if (storyId !== state.expected) return;
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
      value.on('docsRendered', (id) => {
        if (id === state.expected) state.docsRendered = true;
      });
    },
  });
}

/**
 * Whether the expected entry finished. A docs page reports itself rendered before its embedded
 * stories render (their `…-inner` roots are still empty): it is done once each of them finished too.
 * Otherwise axe would check a half-drawn page, and switching away would make Storybook's teardown
 * find a render still pending, which reloads the whole preview (`StoryRender.teardown`).
 */
function storyOrDocsDone(): boolean {
  const state = (window as unknown as Record<string, unknown>).__blason as StoryState;
  if (state.done) return true;
  if (!state.docsRendered) return false;
  const needed: Record<string, number> = {};
  for (const root of document.querySelectorAll('#storybook-docs [id^="story--"][id$="-inner"]')) {
    // story--<title>--<name>[--primary]-inner: a story id is its first two `--` segments
    const [title, name] = root.id.slice('story--'.length, -'-inner'.length).split('--');
    const id = `${title}--${name}`;
    needed[id] = (needed[id] ?? 0) + 1;
  }
  return Object.entries(needed).every(([id, count]) => (state.finished[id] ?? 0) >= count);
}

/**
 * One Chromium page that shows story after story. A new partner × mode reloads the preview with
 * those globals in the URL; within one theme it switches stories in place over Storybook's channel
 * (as the manager UI does), which saves reloading the whole preview bundle for every story.
 */
export class StoryTab {
  private readonly pageErrors: string[] = [];
  private theme: Theme | undefined;
  /** Set while `show` loads a URL itself: any other navigation of the page is unexpected. */
  private loading = false;
  /** The entry shown last, named when the preview reloads by itself. */
  private current: string | undefined;

  private constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  static async open(page: Page, baseUrl: string): Promise<StoryTab> {
    const tab = new StoryTab(page, baseUrl);
    await page.addInitScript(recordStorybookEvents);
    page.on('pageerror', (error) => tab.pageErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      // A failed request is reported with its URL by the response listener below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        tab.pageErrors.push(`console.error: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) tab.pageErrors.push(`HTTP ${response.status()} ${response.url()}`);
    });
    // A new document the test did not ask for: Storybook reloads the preview when a story it tears
    // down is still rendering (see `storyOrDocsDone`). Should it happen anyway, the next story is
    // shown by loading its URL, not over a channel that no longer exists.
    // (domcontentloaded, not framenavigated: Storybook's own replaceState is no new document.)
    page.on('domcontentloaded', () => {
      if (tab.loading || tab.theme === undefined) return;
      console.warn(`[stories] the preview reloaded itself after ${tab.current ?? 'start'}`);
      tab.theme = undefined;
    });
    page.on('requestfailed', (request) => {
      // Leaving a page cancels its pending requests: not a failure.
      const reason = request.failure()?.errorText ?? 'unknown';
      if (reason !== 'net::ERR_ABORTED') tab.pageErrors.push(`request failed: ${request.url()} ${reason}`);
    });
    return tab;
  }

  /** Shows one story or docs page and waits until it finished rendering and playing. */
  async show(entry: IndexEntry, theme: Theme): Promise<string[]> {
    this.pageErrors.splice(0);
    this.current = entry.id;
    const sameTheme = this.theme?.partner === theme.partner && this.theme?.mode === theme.mode;
    if (!sameTheme || !(await this.switchInPlace(entry))) await this.load(entry, theme);
    // A preview that reloaded itself meanwhile shows the story of its URL: load this one's.
    if ((await this.waitUntilDone()) !== entry.id) {
      await this.load(entry, theme);
      await this.waitUntilDone();
    }
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const storyErrors = await this.page.evaluate(
      () => ((window as unknown as Record<string, unknown>).__blason as StoryState).errors,
    );
    return [...storyErrors, ...this.pageErrors.splice(0)];
  }

  /** Waits until the preview finished the story it expects; returns that story's id. */
  private async waitUntilDone(): Promise<string | null> {
    try {
      await this.page.waitForFunction(storyOrDocsDone, null, { timeout: 60_000 });
    } catch (error) {
      this.theme = undefined; // reload next time: the preview may be stuck
      throw error;
    }
    return this.page.evaluate(
      () => ((window as unknown as Record<string, unknown>).__blason as StoryState).expected,
    );
  }

  /**
   * Switches to a story over Storybook's channel, as the manager does; false when the preview is
   * not there to switch (it reloaded meanwhile), so the caller loads the story's URL instead.
   */
  private async switchInPlace(entry: IndexEntry): Promise<boolean> {
    try {
      return await this.page.evaluate(
        ({ id, viewMode }) => {
          const w = window as unknown as Record<string, unknown>;
          const state = w.__blason as StoryState | undefined;
          const channel = w.__STORYBOOK_ADDONS_CHANNEL__ as
            | { emit(event: string, payload: unknown): void }
            | undefined;
          if (!state || !channel) return false;
          Object.assign(state, { expected: id, done: false, docsRendered: false, finished: {}, errors: [] });
          channel.emit('setCurrentStory', { storyId: id, viewMode });
          return true;
        },
        { id: entry.id, viewMode: entry.type === 'docs' ? 'docs' : 'story' },
      );
    } catch (error) {
      if (/Execution context was destroyed/.test((error as Error).message)) return false;
      throw error;
    }
  }

  private async load(entry: IndexEntry, theme: Theme): Promise<void> {
    this.loading = true;
    const url = entryUrl(this.baseUrl, entry, theme);
    try {
      // A reload already under way interrupts the first try: let it end, then load again unless it
      // loaded this very URL.
      await this.page.goto(url, { waitUntil: 'load' }).catch(async (error: Error) => {
        if (!/interrupted by another navigation/.test(error.message)) throw error;
        await this.page.waitForLoadState('load');
        if (this.page.url() !== url) await this.page.goto(url, { waitUntil: 'load' });
      });
    } finally {
      this.loading = false;
    }
    this.theme = theme;
  }

  /** Shows an entry, then runs axe on what it rendered. */
  async check(entry: IndexEntry, theme: Theme): Promise<VisitResult> {
    const errors = await this.show(entry, theme);
    const violations = await this.axe(entry.type === 'docs');
    return { errors: [...errors, ...this.pageErrors.splice(0)], violations };
  }

  private async axe(docs: boolean): Promise<AxeViolation[]> {
    const hasAxe = await this.page.evaluate(() => 'axe' in window);
    if (!hasAxe) await this.page.addScriptTag({ content: axeSource });
    return this.page.evaluate(
      async ({ tags, docs, docsAxe }) => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const include = docs ? '#storybook-docs' : '#storybook-root';
        const context = docs ? { include: [include], exclude: docsAxe.exclude } : { include: [include] };
        const rules = Object.fromEntries(
          (docs ? docsAxe.disabledRules : []).map((id) => [id, { enabled: false }]),
        );
        const result = await axe.run(context, {
          runOnly: { type: 'tag', values: tags },
          rules,
          resultTypes: ['violations'],
        });
        return result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? null,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }));
      },
      { tags: axeTags, docs, docsAxe },
    );
  }
}
