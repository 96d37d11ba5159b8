// Builds the web UI with Vite's JS API into dist/ui (the API serves it from there).
import { build } from 'vite';
import { UI_OUT_DIR, uiViteConfig } from './vite-settings.ts';

export async function buildUi(): Promise<string> {
  await build({ ...uiViteConfig(), configFile: false });
  return UI_OUT_DIR;
}
