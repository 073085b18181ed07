import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStudioApp, type StudioAppOptions } from '../src/server/app.js';
import { createRenderer, type StudioRenderer } from '../src/server/renderer.js';

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface TestStudio {
  readonly app: ReturnType<typeof createStudioApp>;
  readonly renderer: StudioRenderer;
  /** A copy of the repository's `assets/`, so saves never touch the real campaigns. */
  readonly assetsDir: string;
  readonly campaignsDir: string;
  close(): Promise<void>;
}

/** The API over the repository's brand, with a scratch copy of `assets/`, rendering in this thread. */
export async function testStudio(
  limits: Partial<StudioAppOptions> = {},
  { allowRemote = false }: { allowRemote?: boolean } = {},
): Promise<TestStudio> {
  const scratch = await mkdtemp(join(tmpdir(), 'studio-test-'));
  const assetsDir = join(scratch, 'assets');
  await cp(join(repoRoot, 'assets'), assetsDir, { recursive: true });
  const campaignsDir = join(assetsDir, 'campaigns');
  const renderer = await createRenderer({
    tokensDir: join(repoRoot, 'tokens'),
    lexiconDir: join(repoRoot, 'tokens', 'lexicon'),
    campaignsDir,
    assetsDir,
    threads: 0,
    allowRemote,
  });
  const app = createStudioApp({ renderer, campaignsDir, assetsDir, ...limits });
  return {
    app,
    renderer,
    assetsDir,
    campaignsDir,
    async close() {
      await renderer.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

export function postJson(
  app: TestStudio['app'],
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface ProblemBody {
  readonly problems: readonly { path: string; message: string }[];
}
