// vigie analyze PATHS… [--kb FILE]… [--format jsonl|json] [--out FILE] [--published DATE] [--crawled DATE] [--max-bytes N]
//   [--fetch-items] (fetch each feed item's page) [--stdin-name NAME] (source name for -)
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../analyze.ts';
import { toJSON } from '../../core/document.ts';
import { readInputs } from '../../ingest/index.ts';
import type { Command } from '../main.ts';
import { readOptions, readOptionsOf } from '../options.ts';

export const command: Command = {
  summary: 'analyse articles (files, directories, - for stdin) and print the analysis as JSON Lines',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'jsonl' },
        out: { type: 'string' },
        ...readOptions,
        'fetch-items': { type: 'boolean', default: false },
        'stdin-name': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        kb: { type: 'string', multiple: true },
      },
    });
    if (!positionals.length) throw new Error('no input: give files, directories or - for stdin');
    if (values.format !== 'jsonl' && values.format !== 'json') throw new Error(`unknown --format ${values.format} (jsonl or json)`);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const analyzer = createAnalyzer(values.kb?.length ? { kb: values.kb } : {});
    let ok = 0, failed = 0;
    const all: unknown[] = [];
    for await (const item of readInputs(positionals, {
      ...readOptionsOf(values),
      fetchItems: values['fetch-items'],
      stdinName: values['stdin-name'] ?? null,
    })) {
      if (!item.ok) {
        failed++;
        console.error(`vigie analyze: ${item.error.input}: ${item.error.reason}`);
        continue;
      }
      try {
        const doc = analyzer.analyze(item.article);
        // Warnings (not French, nothing left after cleaning, a component that failed) name the input too.
        const { name, path } = item.article.source;
        const where = path && !path.endsWith(name) ? `${path} (${name})` : path ?? name;
        for (const m of doc.messages) {
          if (m.level !== 'info') console.error(`vigie analyze: ${where}: ${m.level} (${m.component}): ${m.reason}`);
        }
        const json = toJSON(doc);
        if (values.format === 'json') all.push(json);
        else out.write(JSON.stringify(json) + '\n');
        ok++;
        if (!values.quiet) console.error(`analysed ${item.article.source.name}`);
      } catch (err) {
        failed++;
        console.error(`vigie analyze: ${item.article.source.path ?? item.article.source.name}: ${(err as Error).message}`);
      }
    }
    if (values.format === 'json') out.write(JSON.stringify(all, null, 1) + '\n');
    if (out !== process.stdout) await new Promise<void>((r) => (out as NodeJS.WritableStream).end(() => r()));
    console.error(`${ok} analysed, ${failed} failed`);
    return failed ? 1 : 0;
  },
};
