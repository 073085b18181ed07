import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasAllocatorTunables, withAllocatorTunables } from '../bin/allocator-env.js';

describe('allocator settings of a rendering process', () => {
  it('adds every setting to GLIBC_TUNABLES, keeping what is there', () => {
    const env = withAllocatorTunables({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.pthread.rseq=0' });
    const entries = (env.GLIBC_TUNABLES ?? '').split(':');
    expect(entries[0]).toBe('glibc.pthread.rseq=0');
    expect(entries.map((e) => e.split('=')[0])).toEqual(
      expect.arrayContaining([
        'glibc.malloc.mmap_threshold',
        'glibc.malloc.trim_threshold',
        'glibc.malloc.top_pad',
      ]),
    );
    expect(env.PATH).toBe('/bin');
    expect(hasAllocatorTunables(env)).toBe(true);
  });

  it('keeps a setting the caller chose', () => {
    const env = withAllocatorTunables({ GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=1' });
    const trims = (env.GLIBC_TUNABLES ?? '')
      .split(':')
      .filter((e) => e.startsWith('glibc.malloc.trim_threshold='));
    expect(trims).toEqual(['glibc.malloc.trim_threshold=1']);
  });

  it('leaves an environment that has them as it is', () => {
    const env = withAllocatorTunables({});
    expect(withAllocatorTunables(env)).toBe(env);
    expect(hasAllocatorTunables({})).toBe(false);
  });

  // glibc's dynamic loader lists the tunables as it parsed them from the environment.
  const loader = '/lib64/ld-linux-x86-64.so.2';
  it.runIf(process.platform === 'linux' && existsSync(loader))(
    'is read by glibc with the intended values',
    () => {
      const env = withAllocatorTunables({ PATH: process.env.PATH });
      const listed = spawnSync(loader, ['--list-tunables'], { env, encoding: 'utf8' });
      expect(listed.status).toBe(0);
      const value = (name: string) => Number(new RegExp(`${name}: (0x[0-9a-f]+)`).exec(listed.stdout)?.[1]);
      expect(value('glibc.malloc.mmap_threshold')).toBe(32 * 1024 * 1024);
      expect(value('glibc.malloc.trim_threshold')).toBe(128 * 1024 * 1024);
      expect(value('glibc.malloc.top_pad')).toBe(64 * 1024 * 1024);
    },
  );
});
