// Builds the web UI with Vite's JS API into dist/ui (the API serves it from there), or into
// another directory (the browser tests build into a temporary one, leaving dist/ui alone).
import { build } from 'vite';
import { UI_OUT_DIR, uiViteConfig } from './vite-settings.ts';

export async function buildUi(outDir: string = UI_OUT_DIR): Promise<string> {
  const config = uiViteConfig();
  await build({ ...config, configFile: false, build: { ...config.build, outDir } });
  return outDir;
}
