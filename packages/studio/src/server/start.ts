import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createStudioApp, type StudioAppOptions } from './app.js';
import { loadAppFiles } from './app-files.js';
import { createRenderer } from './renderer.js';

export interface StudioOptions {
  /** Repository root: `tokens/`, `tokens/lexicon/`, `assets/` and `assets/campaigns/` are read from it. */
  readonly root: string;
  readonly port?: number;
  readonly host?: string;
  readonly allowRemote?: boolean;
  /** Render worker threads; 0 renders in the server's thread. */
  readonly threads?: number;
  /** The built web app; defaults to this package's `dist/app`. */
  readonly appDir?: string;
  readonly limits?: Pick<StudioAppOptions, 'maxBodyBytes' | 'renderTimeoutMs' | 'maxPending' | 'cacheBytes'>;
}

export interface RunningStudio {
  readonly url: string;
  /** False when the web app was not built (`npm run build -w @blason/studio`): only the API answers. */
  readonly appBuilt: boolean;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';
const BUILT_APP = fileURLToPath(new URL('../../dist/app', import.meta.url));

/** Starts the studio's server; resolves once it listens. */
export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const root = resolve(options.root);
  const renderer = await createRenderer({
    tokensDir: join(root, 'tokens'),
    lexiconDir: join(root, 'tokens', 'lexicon'),
    campaignsDir: join(root, 'assets', 'campaigns'),
    assetsDir: join(root, 'assets'),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    allowRemote: options.allowRemote ?? false,
  });
  const appFiles = await loadAppFiles(options.appDir ?? BUILT_APP);
  const app = createStudioApp({
    renderer,
    campaignsDir: join(root, 'assets', 'campaigns'),
    assetsDir: join(root, 'assets'),
    ...(appFiles ? { appFiles } : {}),
    ...options.limits,
  });
  const host = options.host ?? DEFAULT_HOST;
  const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () =>
      done(started),
    );
    started.once('error', fail);
  }).catch(async (error: unknown) => {
    await renderer.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    appBuilt: appFiles !== undefined,
    async close() {
      // Requests in flight finish; idle keep-alive connections (a browser's) do not hold the close.
      const closed = new Promise<void>((done) => server.close(() => done()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await closed;
      await renderer.close();
    },
  };
}
