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

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const store = typeof options.db === 'string' ? openStore(options.db) : options.db;
  const app = createApp({ store, token: options.token ?? null, uiDir: options.uiDir });
  // The timeline is fused, kept and answered in a worker thread; after a change requests keep the
  // last fusion while the next one is made. Listen once it is ready: no request waits for it
  // (seconds at 20,000 articles).
  store.fuseInBackground?.();
  await store.getTimelinePage({ limit: 0 });
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
