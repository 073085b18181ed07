import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withAllocatorTunables } from '../bin/allocator-env.js';
import { isRenderProcess, RENDER_V8_FLAGS } from '../bin/render-process.js';

describe('settings of a rendering process', () => {
  it('needs the V8 flags and, on Linux, the allocator settings', () => {
    const tuned = withAllocatorTunables({});
    expect(isRenderProcess(tuned, [...RENDER_V8_FLAGS])).toBe(true);
    expect(isRenderProcess(tuned, [])).toBe(false);
    expect(isRenderProcess({}, [...RENDER_V8_FLAGS])).toBe(process.platform !== 'linux');
  });

  it('runs a child node with them and exits with its status', () => {
    const helper = new URL('../bin/render-process.js', import.meta.url).href;
    // The child checks its own start-up: the flags V8 got and the environment glibc read.
    const child = `const { isRenderProcess } = await import('${helper}'); process.exit(isRenderProcess() ? 3 : 4)`;
    const parent = `import { runAsRenderProcess } from '${helper}'; runAsRenderProcess(['--input-type=module', '-e', ${JSON.stringify(child)}]);`;
    const env = { ...process.env, GLIBC_TUNABLES: '' };
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', parent], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });

  it('gives flags this node accepts', () => {
    // node refuses to start on a flag V8 does not know (« bad option », status 9).
    const run = spawnSync(process.execPath, [...RENDER_V8_FLAGS, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
