// The UI's Vite settings, shared by vite.config.ts (CLI) and build.ts (JS API).
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { InlineConfig } from 'vite';

export const UI_ROOT = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(UI_ROOT, '..', '..');
export const UI_OUT_DIR = resolve(REPO_ROOT, 'dist', 'ui');

export function uiViteConfig(): InlineConfig {
  return {
    root: UI_ROOT,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: UI_OUT_DIR,
      emptyOutDir: true,
      // CSP is default-src 'self': no inline script (no modulepreload polyfill), no data: assets.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      target: 'es2022',
      reportCompressedSize: false,
    },
  };
}
