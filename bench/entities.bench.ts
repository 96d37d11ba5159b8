// Entities: knowledge-base load time, then pipeline throughput with and without the entities
// component on the demo corpus repeated (target: the pipeline with entities within 2× of without).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.ts';
import type { RawArticle } from '../src/core/document.ts';
import { Pipeline } from '../src/core/pipeline.ts';
import { defaultComponents } from '../src/components/index.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';

const ROUNDS = Number(process.env.BENCH_ENTITY_ROUNDS ?? 200);

const t = performance.now();
const kb = loadKnowledgeBase();
const loadMs = performance.now() - t;
console.log(`kb load: ${loadMs.toFixed(0)} ms, ${kb.entries.length} entries, ${kb.byName.size} names`);

const dir = join(import.meta.dirname, '../corpus/demo');
const articles: RawArticle[] = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ source: { name: f, path: null, url: null }, raw: readFileSync(join(dir, f), 'utf8') }));

// Up to entities only: later components (quotes, events) depend on it and are measured elsewhere.
const upTo = defaultComponents.slice(0, defaultComponents.findIndex((c) => c.name === 'entities') + 1);
const without = upTo.filter((c) => c.name !== 'entities');

const analyzers = {
  without: createAnalyzer({}, new Pipeline(without)),
  with: createAnalyzer({}, new Pipeline(upTo)),
};
for (const a of Object.values(analyzers)) { a.ctx.resources.set('kb', kb); for (const x of articles) a.analyze(x); } // warm-up

// Rounds alternate between the two pipelines so machine noise falls on both alike.
const ms = { without: 0, with: 0 };
for (let r = 0; r < ROUNDS; r++) {
  for (const k of (r % 2 ? ['with', 'without'] : ['without', 'with']) as Array<keyof typeof ms>) {
    const start = performance.now();
    for (const x of articles) analyzers[k].analyze(x);
    ms[k] += performance.now() - start;
  }
}
const n = ROUNDS * articles.length;
const line = (label: string, t: number) => console.log(`${label.padEnd(50)} ${n} articles in ${t.toFixed(0)} ms: ${(n / (t / 1000)).toFixed(0)} articles/s, ${(t / n).toFixed(2)} ms/article`);
line(`without entities (${without.map((c) => c.name).join('+')})`, ms.without);
line('with entities', ms.with);
console.log(`entities alone: ${((ms.with - ms.without) / n).toFixed(2)} ms/article; ratio with/without: ${(ms.with / ms.without).toFixed(2)}× (target ≤ 2×)`);
