// vigie serve --db FILE [--port N] [--host H] [--token T]: the HTTP API and the built UI.
import { parseArgs } from 'node:util';
import { serve } from '../../api/server.ts';
import type { Command } from '../main.ts';
import { dbOption, existingDb } from '../options.ts';

export function portOf(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port ${value}: not a port number (0–65535)`);
  return n;
}

/** Serves until SIGINT/SIGTERM, then closes the server and the store. */
export async function serveUntilStopped(options: Parameters<typeof serve>[0]): Promise<number> {
  const running = await serve(options);
  console.log(`vigie: serving ${typeof options.db === 'string' ? options.db : 'the store'} on ${running.url} (API under ${running.url}api/, OpenAPI at ${running.url}openapi.json)`);
  console.log(options.token ? 'vigie: POST /api/articles enabled (bearer token)' : 'vigie: read-only (give --token or VIGIE_TOKEN to enable POST /api/articles)');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return 0;
}

export const command: Command = {
  summary: 'serve the HTTP API and web interface (--db FILE --port N --host H --token T)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        ...dbOption,
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        ui: { type: 'string' },
      },
    });
    return serveUntilStopped({
      db: existingDb(values),
      port: portOf(values.port ?? process.env.PORT, 8080),
      host: values.host,
      token: values.token ?? process.env.VIGIE_TOKEN ?? null,
      uiDir: values.ui,
    });
  },
};
