// vigie ingest --db FILE PATHS… : analyse articles and store them (idempotent, one transaction each).
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../analyze.ts';
import { readInputs } from '../../ingest/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import type { Command } from '../main.ts';

export const command: Command = {
  summary: 'analyse articles and store them in a database (--db FILE, default ./vigie.db)',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string', default: DEFAULT_DB },
        published: { type: 'string' },
        crawled: { type: 'string' },
        'max-bytes': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
      },
    });
    if (!positionals.length) throw new Error('no input: give files, directories, URLs or - for stdin');
    const store = openStore(values.db!);
    const analyzer = createAnalyzer();
    const counts = { stored: 0, unchanged: 0, failed: 0 };
    try {
      for await (const item of readInputs(positionals, {
        published: values.published ?? null,
        crawled: values.crawled ?? null,
        maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
      })) {
        if (!item.ok) {
          counts.failed++;
          console.error(`vigie ingest: ${item.error.input}: ${item.error.reason}`);
          continue;
        }
        const name = item.article.source.path ?? item.article.source.url ?? item.article.source.name;
        try {
          const doc = analyzer.analyze(item.article);
          const { id, status } = await store.putDocument(doc);
          counts[status]++;
          if (!values.quiet) console.log(`${status}\t${id}\t${name}`);
        } catch (err) {
          counts.failed++;
          console.error(`vigie ingest: ${name}: ${(err as Error).message}`);
        }
      }
    } finally {
      await store.close();
    }
    console.error(`${counts.stored} stored, ${counts.unchanged} unchanged, ${counts.failed} failed (${values.db})`);
    return counts.failed ? 1 : 0;
  },
};
