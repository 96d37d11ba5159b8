// Vite config for the web UI (src/ui → dist/ui). The same settings are used by src/ui/build.ts.
import { defineConfig } from 'vite';
import { uiViteConfig } from './src/ui/vite-settings.ts';

export default defineConfig(uiViteConfig());
