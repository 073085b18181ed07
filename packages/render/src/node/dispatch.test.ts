import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { renderBatches } from './dispatch.js';
import type { RenderedVisual, VisualJob } from './visual.js';
import { batchCursor, type RenderBatch, type RenderTaskResult, takeJob } from './worker.js';

const setup = { tokensDir: '/tokens' };

function batchOf(name: string, size: number): RenderBatch {
  const jobs = Array.from(
    { length: size },
    (_, index) =>
      ({
        key: `${name}/${index}`,
        campaign: { id: name, file: `/campaigns/${name}.yaml`, template: 'event', content: {} },
      }) as unknown as VisualJob,
  );
  return { setup, jobs, cursor: batchCursor() };
}

/**
 * A stand-in for `renderBatchWith` in a thread: takes the batch's jobs one at a time, `ms` each,
 * and notes which run rendered each one. `failAfter` jobs, it throws as a killed thread does.
 */
function fakeThreads(ms: number, options: { failAfter?: Record<string, number> } = {}) {
  const renderedBy = new Map<string, number>();
  let runs = 0;
  const run = async (batch: RenderBatch): Promise<RenderTaskResult[]> => {
    const id = ++runs;
    const results: RenderTaskResult[] = [];
    const name = batch.jobs[0]?.campaign.id ?? '';
    for (let index = takeJob(batch); index < batch.jobs.length; index = takeJob(batch)) {
      if (results.length === options.failAfter?.[name]) throw new Error('thread stopped');
      await sleep(ms);
      const key = (batch.jobs[index] as VisualJob).key;
      renderedBy.set(key, id);
      results.push({ ok: true, visual: { key } as RenderedVisual });
    }
    return results;
  };
  return { run, renderedBy };
}

async function dispatch(
  batches: readonly RenderBatch[],
  lanes: number,
  run: ReturnType<typeof fakeThreads>['run'],
) {
  const results: RenderTaskResult[] = [];
  await renderBatches(batches, { run, lanes, onResult: (result) => results.push(result) });
  const keyOf = (result: RenderTaskResult) => (result.ok ? result.visual.key : result.key);
  return { results, keys: results.map(keyOf).sort() };
}

describe('renderBatches', () => {
  test('a lane with no batch left to begin takes the rest of a batch another lane began', async () => {
    const threads = fakeThreads(5);
    const long = batchOf('long', 8);
    const short = batchOf('short', 1);
    const { keys } = await dispatch([long, short], 2, threads.run);
    expect(keys).toEqual([...long.jobs, ...short.jobs].map((job) => job.key).sort());
    const longRuns = new Set(long.jobs.map((job) => threads.renderedBy.get(job.key)));
    expect(longRuns.size).toBe(2);
  });

  test('one lane renders each batch whole, in order, in one run', async () => {
    const threads = fakeThreads(1);
    const batches = [batchOf('a', 3), batchOf('b', 2)];
    const { results } = await dispatch(batches, 1, threads.run);
    expect(results.map((result) => (result.ok ? result.visual.key : result.key))).toEqual([
      'a/0',
      'a/1',
      'a/2',
      'b/0',
      'b/1',
    ]);
    expect(new Set(threads.renderedBy.values()).size).toBe(2);
  });

  test('a stopped run fails the jobs of its batch that no run reported, once, and the other batches go on', async () => {
    const threads = fakeThreads(2, { failAfter: { broken: 1 } });
    const batches = [batchOf('broken', 4), batchOf('fine', 3)];
    const { results, keys } = await dispatch(batches, 2, threads.run);
    expect(keys).toEqual(['broken/0', 'broken/1', 'broken/2', 'broken/3', 'fine/0', 'fine/1', 'fine/2']);
    const failed = results.filter((result) => !result.ok);
    const reported = results.flatMap((result) => (result.ok ? [result.visual.key] : []));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.map((result) => (result.ok ? '' : result.key)).sort()).toEqual(
      ['broken/0', 'broken/1', 'broken/2', 'broken/3'].filter((key) => !reported.includes(key)),
    );
    expect(failed[0]).toMatchObject({ problems: [{ code: 'render/internal' }] });
    expect(results.filter((result) => result.ok && result.visual.key.startsWith('fine'))).toHaveLength(3);
  });

  test('batches given again are rendered again', async () => {
    const batches = [batchOf('a', 2), batchOf('b', 1)];
    await dispatch(batches, 2, fakeThreads(1).run);
    const { keys } = await dispatch(batches, 2, fakeThreads(1).run);
    expect(keys).toEqual(['a/0', 'a/1', 'b/0']);
  });

  test('a run that fails before taking any job fails its whole batch instead of being run again', async () => {
    const threads = fakeThreads(1, { failAfter: { broken: 0 } });
    const { results } = await dispatch([batchOf('broken', 3)], 2, threads.run);
    expect(results.map((result) => result.ok)).toEqual([false, false, false]);
  });
});
