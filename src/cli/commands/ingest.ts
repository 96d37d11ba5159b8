// vigie ingest --db FILE PATHS… : analyse articles and store them (idempotent; every article is committed whole, never in part).
import { parseArgs } from 'node:util';
import { createAnalyzePool, defaultJobs } from '../../analyze-pool.ts';
import { ingestBatch } from '../../ingest-batch.ts';
import { readInputs } from '../../ingest/index.ts';
import { openStore } from '../../store/index.ts';
import type { Command } from '../main.ts';
import { dbOption, readOptions, readOptionsOf } from '../options.ts';

export const command: Command = {
  summary: 'analyse articles and store them in a database (--db FILE, default ./vigie.db)',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...dbOption,
        ...readOptions,
        quiet: { type: 'boolean', short: 'q', default: false },
        jobs: { type: 'string', short: 'j' },
      },
    });
    if (!positionals.length) throw new Error('no input: give files, directories, URLs or - for stdin');
    const jobs = values.jobs ? Number(values.jobs) : defaultJobs();
    if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number ≥ 1 (got ${values.jobs})`);
    const store = openStore(values.db!);
    const pool = createAnalyzePool(jobs);
    let counts;
    try {
      counts = await ingestBatch(readInputs(positionals, readOptionsOf(values)), store, pool, {
        stored: ({ id, status }, name) => { if (!values.quiet) console.log(`${status}\t${id}\t${name}`); },
        failed: (input, reason) => console.error(`vigie ingest: ${input}: ${reason}`),
      });
    } finally {
      await pool.close();
      await store.close();
    }
    console.error(`${counts.stored} stored, ${counts.unchanged} unchanged, ${counts.failed} failed (${values.db})`);
    return counts.failed ? 1 : 0;
  },
};
