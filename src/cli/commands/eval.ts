// vigie eval: analyse the bundled corpus, build its timeline, score both with the shared scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../analyze.ts';
import { toJSON, type Document } from '../../core/document.ts';
import { readInputs } from '../../ingest/index.ts';
import { buildTimeline } from '../../timeline/index.ts';
import type { Command } from '../main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const command: Command = {
  summary: 'analyse the bundled corpus and score it against ../shared/eval/dev',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        corpus: { type: 'string', default: join(root, 'corpus/demo') },
        gold: { type: 'string', default: join(root, '../shared/eval/dev') },
        out: { type: 'string', default: join(root, 'out') },
        json: { type: 'boolean', default: false },
        scorer: { type: 'string', default: join(root, '../shared/eval/score.mjs') },
      },
    });
    const scorer = values.scorer!;
    if (!existsSync(scorer)) throw new Error(`no scorer at ${scorer}`);
    mkdirSync(values.out!, { recursive: true });
    const analyzer = createAnalyzer();
    const docs: Document[] = [];
    for await (const item of readInputs([values.corpus!])) {
      if (item.ok) docs.push(analyzer.analyze(item.article));
      else console.error(`vigie eval: ${item.error.input}: ${item.error.reason}`);
    }
    const pred = join(values.out!, 'eval.jsonl');
    writeFileSync(pred, docs.map((d) => JSON.stringify(toJSON(d))).join('\n') + '\n');
    const scoreArgs = [scorer, '--gold', values.gold!, '--pred', pred];
    if (existsSync(join(values.gold!, 'timeline.json'))) {
      const tl = join(values.out!, 'eval-timeline.json');
      writeFileSync(tl, JSON.stringify(buildTimeline(docs), null, 1));
      scoreArgs.push('--timeline', tl);
    }
    if (values.json) scoreArgs.push('--json');
    process.stdout.write(execFileSync(process.execPath, scoreArgs, { encoding: 'utf8' }));
    return 0;
  },
};
