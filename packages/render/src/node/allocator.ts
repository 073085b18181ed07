/**
 * resvg-js allocates its canvases with mimalloc, which by default hands a freed 4.7 MB canvas back
 * to the kernel 10 ms later: the next render faults the same amount in again, page by page, zeroed
 * by the kernel (≈ 2,300 minor faults per 1080² visual). With two threads rendering, the machine then
 * spent most of its time in the kernel and the second thread gained nothing. With purging off, a
 * thread's freed canvases are reused as they are: resvg + PNG went from 44 to 21 ms CPU per visual,
 * the whole render from 67 to 55 ms (80 to 59 with two threads), and faults from ≈ 1,500–2,150 to
 * ≈ 225–310 per visual, for the same peak memory (`npm run bench render`). mimalloc reads its options once, when the binding
 * loads, from the process environment: this module is imported before `@resvg/resvg-js`, and only
 * the main thread writes the environment (a worker's `process.env` is its own copy, and its binding
 * shares the process' allocator). Memory stays bounded by the most canvases alive at once.
 */
import { isMainThread } from 'node:worker_threads';

export const RASTER_ALLOCATOR_OPTIONS: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '-1',
};

if (isMainThread) {
  for (const [name, value] of Object.entries(RASTER_ALLOCATOR_OPTIONS)) process.env[name] ??= value;
}
