/**
 * glibc's malloc settings for a rendering process. They are read once, when the process starts, so
 * the `blason` launcher sets them in the environment of the process it runs.
 *
 * By default glibc hands freed blocks of 128 KiB and more (pixel buffers, PNG and PDF data, sharp's
 * images) back to the kernel, and trims its heaps as soon as their top is free: the next render
 * faults the same memory in again, page by page, zeroed by the kernel, at about 12 µs a fault on
 * this kind of virtual machine. How often depends on timing: V8 frees a Buffer's memory on a
 * background thread, and when the cores are busy those frees lag and glibc gives the memory back. A
 * loop allocating 4.6 MB Buffers made 21 000 faults on an idle machine and 614 000 (23 s instead of
 * 0.4) on a busy one; with these settings, 15 000 to 18 000 (0.6–0.8 s) on the busy one. In
 * `npm run bench render` one thread went from 16.7 to 21–23 visuals/s (74 to 53–58 ms CPU, 295 to
 * 62–88 faults per visual); the sample kit made a quarter fewer faults for ≈ 9 % more peak memory.
 * Freed memory stays in the process for the next visual: its peak is still bounded by the most
 * memory alive at once, plus what a heap keeps below its trim threshold.
 */
const TUNABLES = {
  // Blocks under 32 MiB (glibc's largest threshold; a 1080 × 1920 canvas is 8 MiB) come from the
  // heaps and are reused instead of being mapped and unmapped each time. Without the two settings
  // below, the heaps would still be trimmed: this one alone kept 730 000 faults on that loop.
  'glibc.malloc.mmap_threshold': 32 * 1024 * 1024,
  // A heap is trimmed only when 128 MiB at its top are free: many canvases, yet a bounded amount
  // kept per thread's heap (64 and 512 MiB did as well on that loop).
  'glibc.malloc.trim_threshold': 128 * 1024 * 1024,
  // A heap grows by 64 MiB at a time: fewer, larger extensions.
  'glibc.malloc.top_pad': 64 * 1024 * 1024,
};

/**
 * `env` with the allocator settings added to `GLIBC_TUNABLES`; a setting the caller already gives
 * there is kept as it is.
 */
export function withAllocatorTunables(env) {
  const given = (env.GLIBC_TUNABLES ?? '').split(':').filter(Boolean);
  const names = new Set(given.map((entry) => entry.split('=')[0]));
  const added = Object.entries(TUNABLES)
    .filter(([name]) => !names.has(name))
    .map(([name, value]) => `${name}=${value}`);
  return added.length === 0 ? env : { ...env, GLIBC_TUNABLES: [...given, ...added].join(':') };
}

/** Whether this process started with every allocator setting (else it should be run again with them). */
export function hasAllocatorTunables(env) {
  return withAllocatorTunables(env) === env;
}
