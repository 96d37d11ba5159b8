#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npm ci` is the whole set-up (no build step).
import { register } from 'tsx/esm/api';
register();
// A closed pipe (`vigie analyze … | head`) ends the output quietly.
process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw err; });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
