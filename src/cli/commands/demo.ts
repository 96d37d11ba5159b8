// vigie demo (= npm start): ingest the bundled corpus into ./vigie.db (idempotent), print the fused
// timeline and where to look, build the UI if needed and possible, then serve it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzePool } from '../../analyze-pool.ts';
import { ingestBatch } from '../../ingest-batch.ts';
import { readInputs } from '../../ingest/index.ts';
import { DEFAULT_UI_DIR } from '../../api/static.ts';
import { openStore } from '../../store/index.ts';
import type { Command } from '../main.ts';
import { dbOption } from '../options.ts';
import { portOf, serveUntilStopped } from './serve.ts';
import { timelineTable } from './timeline.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Builds the UI into `uiDir` unless it is there; says where it is or why it is not. */
async function buildUiIfMissing(uiDir: string): Promise<string> {
  if (existsSync(join(uiDir, 'index.html'))) return `UI: ${uiDir}`;
  try {
    // Vite is a dev dependency: loaded only when the UI has to be built.
    const { buildUi } = await import('../../ui/build.ts');
    await buildUi(uiDir);
    return `UI: built into ${uiDir}`;
  } catch (err) {
    return `UI: could not build (${(err as Error).message.split('\n')[0]}); the API works without it`;
  }
}

export const command: Command = {
  summary: 'ingest the bundled corpus into ./vigie.db, print the timeline, serve the UI (npm start; --no-serve)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        ...dbOption,
        corpus: { type: 'string', default: join(root, 'corpus/demo') },
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        'no-serve': { type: 'boolean', default: false },
      },
    });
    const db = values.db!;
    const port = portOf(values.port ?? process.env.PORT, 8080);
    const store = openStore(db);
    let failed = 0;
    try {
      // Five articles: analysing in this thread beats starting workers.
      const counts = await ingestBatch(readInputs([values.corpus!]), store, createAnalyzePool(1), {
        failed: (input, reason) => console.error(`vigie demo: ${input}: ${reason}`),
      });
      const timeline = await store.getTimeline();
      console.log(`${counts.stored} articles stored, ${counts.unchanged} already there, ${counts.failed} failed → ${db}\n`);
      console.log(`Timeline (${timeline.events.length} events fused from the stored articles):\n`);
      process.stdout.write(timelineTable(timeline.events));
      failed = counts.failed;
    } finally {
      await store.close();
    }
    const shown = values.host === '0.0.0.0' ? '127.0.0.1' : values.host!.includes(':') ? `[${values.host}]` : values.host;
    const url = `http://${shown}:${port}/`;
    console.log(`
Where to look:
  web interface   ${url}
  API             ${url}api/timeline  ${url}api/articles  ${url}api/search?q=Poutine  (${url}openapi.json)
  database        ${resolve(db)}
  try             node bin/vigie.mjs timeline --db ${db} --actor Poutine --format table
                  node bin/vigie.mjs export --db ${db} --format csv --out timeline.csv
                  node bin/vigie.mjs ingest --db ${db} MORE_ARTICLES…
                  node bin/vigie.mjs serve --db ${db} --port ${port}`);
    if (values['no-serve']) return failed ? 1 : 0;
    console.log(await buildUiIfMissing(DEFAULT_UI_DIR));
    return serveUntilStopped({ db, port, host: values.host });
  },
};
