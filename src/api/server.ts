// Starts the API on a port with @hono/node-server (keep-alive on), over a SQLite store file.
import { serve as serveNode, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';

export interface ServeOptions {
  /** Store file (SQLite) or an open store. */
  db: string | Store;
  port?: number;
  host?: string;
  token?: string | null;
  uiDir?: string;
}

export interface RunningServer { url: string; port: number; server: ServerType; store: Store; close(): Promise<void> }

/**
 * Runs each kind of read once before the server listens, on values no one is likely to ask for, so
 * the first real requests do not pay for compiling the request path (tens to hundreds of ms).
 */
async function warmUp(app: { request: (path: string) => Response | Promise<Response> }): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const path of ['/api/stats', '/api/timeline?limit=1&mentions=1', '/api/timeline?limit=1&type=SANCTION&actor=zzzz', '/api/search?q=zzzz&limit=1',
      '/api/articles?limit=1', '/api/entities?limit=1', '/api/quotes?limit=1', '/api/events?limit=1']) {
      await (await app.request(path)).arrayBuffer();
    }
  }
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const store = typeof options.db === 'string' ? openStore(options.db) : options.db;
  const app = createApp({ store, token: options.token ?? null, uiDir: options.uiDir });
  // The timeline is fused, kept and answered in a worker thread; after a change requests keep the
  // last fusion while the next one is made. Listen once it is ready: no request waits for it
  // (seconds at 20,000 articles).
  store.fuseInBackground?.();
  await store.getTimelinePage({ limit: 0 });
  await store.warmUp?.();
  await warmUp(app);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serveNode({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    server,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (typeof options.db === 'string') await store.close();
    },
  };
}
