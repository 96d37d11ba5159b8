// Serves the built web interface (dist/ui, built by Vite from src/ui). Paths without a file
// extension fall back to index.html (client-side routes); without a build, `/` explains how to
// make one. Nothing here ever includes article content.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export const DEFAULT_UI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/ui');

export const UI_MISSING_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vigie</title></head>
<body>
<h1>Vigie</h1>
<p>The API is running: see <a href="/api/stats">/api/stats</a> and <a href="/openapi.json">/openapi.json</a>.</p>
<p>The web interface is not built yet. Build it from <code>src/ui/</code> with Vite into <code>dist/ui/</code>
(<code>npm start</code> does it when Vite is installed), then reload this page.</p>
</body></html>
`;

export function mountUi(app: Hono<any, any, any>, uiDir: string = DEFAULT_UI_DIR): void {
  const index = join(uiDir, 'index.html');
  // Created on first use: the build may appear while the server runs.
  let files: ReturnType<typeof serveStatic> | null = null, indexFile: ReturnType<typeof serveStatic> | null = null;
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
    if (!existsSync(index)) {
      if (c.req.path === '/' || c.req.path === '/index.html') return c.html(UI_MISSING_HTML);
      return next();
    }
    files ??= serveStatic({ root: uiDir });
    indexFile ??= serveStatic({ path: index });
    const served = await files(c, async () => {});
    if (served) return served;
    // A client-side route (no extension): the app shell.
    if (!/\.[a-z0-9]+$/i.test(c.req.path)) {
      const shell = await indexFile(c, async () => {});
      if (shell) return shell;
    }
    return next();
  });
}
