// Timeline fusion at scale: synthetic articles of 5 event records each, fused for 10k, 50k and
// 100k mentions (BENCH_SIZES="10000,50000,100000" to change). Two corpora:
// - "dense": actors drawn from 40 people of 8 countries plus the countries, dates over 3 years,
//   so the same events are reported again and again (the worst case for fusion);
// - "news": 3,000 people of 60 countries over 6 years, most mentions undated (as the events
//   component gives them on real articles: 36 of 52 on the demo corpus), places for a third.
// - "pipeline": events as the pipeline gives them: BENCH_PIPELINE_ARTICLES (default 20,000)
//   generated articles (real French sentences recombined, src/store/testing/generate.ts) analysed
//   by the pipeline on the worker pool, fused with the knowledge base's countries as the store
//   does (≈ 100,000 mentions, more than half undated, the same reports recurring). The analyses
//   are kept in BENCH_PIPELINE_DOCS (default: a file in the temp dir): built once (minutes), reused
//   after; delete it when the pipeline changes. Timed twice: the first fusion (cold, as at server
//   start) and a second one.
// Each (corpus, size) runs in its own process, so the peak RSS printed is that run's (generated
// articles included). Prints wall time, CPU time, mentions/s and peak RSS.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzePool, defaultJobs } from '../src/analyze-pool.ts';
import { generatedArticle, sourceSentences } from '../src/store/testing/generate.ts';
import type { ContractDocument } from '../src/store/types.ts';
import { buildTimeline, type TimelineDoc } from '../src/timeline/index.ts';

const sizes = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map(Number).filter((n) => n > 0);
const corpora = (process.env.BENCH_CORPORA ?? 'dense,news,pipeline').split(',');
const pipelineArticles = Number(process.env.BENCH_PIPELINE_ARTICLES ?? 20_000);
const pipelineDocs = process.env.BENCH_PIPELINE_DOCS ?? join(tmpdir(), `vigie-bench-timeline-pipeline-${pipelineArticles}.json`);
const MENTIONS_PER_DOC = 5;

interface Corpus { docs: TimelineDoc[]; countryOf: (id: string) => string | null }

function generate(kind: string, articles: number): Corpus {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const dense = kind === 'dense';
  const countries = dense ? ['RU', 'UA', 'US', 'FR', 'DE', 'TR', 'CN', 'GB'] : Array.from({ length: 60 }, (_, i) => `C${i}`);
  const people = Array.from({ length: dense ? 40 : 3000 }, (_, i) => ({ id: `vigie:per:p${i}`, country: `country:${countries[i % countries.length]}` }));
  const countryOf = new Map(people.map((p) => [p.id, p.country]));
  const places = dense ? 30 : 400, days = dense ? 1000 : 2200;
  const types = ['CONSULT', 'CONSULT', 'CONSULT', 'AGREE', 'REQUEST', 'ACCUSE', 'ASSAULT', 'SANCTION'];
  const statuses = ['occurred', 'occurred', 'occurred', 'planned', 'proposed'] as const;
  const day = (k: number) => new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
  const docs: TimelineDoc[] = [];
  for (let i = 0; i < articles; i++) {
    const pub = Math.floor(rnd() * days);
    const events = Array.from({ length: MENTIONS_PER_DOC }, (_, j) => {
      const actor = () => (rnd() < 0.3
        ? { entity: `country:${pick(countries)}`, name: 'country', role: 'participant' as const }
        : { entity: pick(people).id, name: 'person', role: 'participant' as const });
      const r = rnd();
      const value = dense
        ? (r < 0.6 ? day(pub - Math.floor(rnd() * 30)) : r < 0.75 ? 'FUTURE_REF' : r < 0.85 ? day(pub).slice(0, 7) : null)
        : (r < 0.22 ? day(pub - Math.floor(rnd() * 10)) : r < 0.26 ? 'FUTURE_REF' : r < 0.3 ? day(pub).slice(0, 7) : null);
      return {
        id: `e${i}-${j}`, type: pick(types), mode: null, status: pick([...statuses]),
        date: value ? { value, text: value } : null,
        place: rnd() < (dense ? 0.5 : 0.35) ? { entity: `city:${Math.floor(rnd() * places)}`, name: 'city' } : null,
        actors: [actor(), actor()], evidence: { text: 'evidence', start: 0, end: 8 },
      };
    });
    docs.push({ id: `d${i}`, source: { name: `d${i}.txt` }, meta: { published: day(pub) }, events });
  }
  return { docs, countryOf: (id) => countryOf.get(id) ?? null };
}

const mb = (kb: number) => (kb / 1024).toFixed(0);

/** Analyses the generated articles with the pipeline and keeps what the timeline reads. */
async function analyseGenerated(file: string, articles: number): Promise<void> {
  const jobs = Number(process.env.BENCH_JOBS ?? defaultJobs());
  const pool = createAnalyzePool(jobs);
  const sentences = sourceSentences();
  const t = performance.now();
  const docs = new Map<string, TimelineDoc>();
  try {
    const queue = Array.from({ length: articles }, (_, i) => i);
    await Promise.all(Array.from({ length: pool.size * 2 }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const a = (await pool.analyze(generatedArticle(i, sentences))) as unknown as ContractDocument;
        if (!a.events.length) continue; // as the store gives them: articles with events
        const entities = a.entities.map(({ id, name, type, subtype, aliases, actor }) => ({ id, name, type, subtype: subtype ?? null, aliases, actor: actor ?? null }));
        docs.set(a.id, { id: a.id, source: { name: a.source.name }, meta: { published: a.meta.published }, entities, events: a.events });
      }
    }));
  } finally {
    await pool.close();
  }
  // In article order, whatever order the workers finished in.
  const sorted = [...docs.values()].sort((x, y) => (x.source.name < y.source.name ? -1 : x.source.name > y.source.name ? 1 : 0));
  writeFileSync(file, JSON.stringify(sorted));
  console.log(`timeline pipeline: ${articles} generated articles analysed (${jobs} workers) in ${((performance.now() - t) / 1000).toFixed(0)} s → ${file}`);
}

/** The pipeline corpus, fused twice (first: cold, as a server's first fusion; second: warm). */
function runPipeline(file: string): void {
  const docs = JSON.parse(readFileSync(file, 'utf8')) as TimelineDoc[];
  const mentions = docs.reduce((n, d) => n + d.events.length, 0);
  const undated = docs.reduce((n, d) => n + d.events.filter((e) => !e.date).length, 0);
  const rssBefore = process.resourceUsage().maxRSS;
  for (const run of ['first', 'second']) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const { events } = buildTimeline(docs, { undated: true });
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    console.log(`timeline pipeline (${run} fusion): ${docs.length} articles, ${mentions} mentions (${((100 * undated) / mentions).toFixed(0)}% undated) → ${events.length} events `
      + `in ${ms.toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, ${(mentions / (ms / 1000)).toFixed(0)} mentions/s), `
      + `peak rss ${mb(process.resourceUsage().maxRSS)} MB (${mb(rssBefore)} MB with the articles alone)`);
  }
}

function run(kind: string, mentions: number): void {
  const { docs, countryOf } = generate(kind, mentions / MENTIONS_PER_DOC);
  const rssBefore = process.resourceUsage().maxRSS;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const { events } = buildTimeline(docs, { undated: true }, { countryOf });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`timeline ${kind}: ${docs.length} articles, ${mentions} mentions → ${events.length} events in ${ms.toFixed(0)} ms `
    + `(cpu ${cpuMs.toFixed(0)} ms, ${(mentions / (ms / 1000)).toFixed(0)} mentions/s), peak rss ${mb(process.resourceUsage().maxRSS)} MB `
    + `(${mb(rssBefore)} MB with the articles alone)`);
}

const one = process.env.BENCH_ONE;
if (one) {
  const [kind, size] = one.split(':');
  if (kind === 'pipeline') runPipeline(pipelineDocs);
  else run(kind, Number(size));
} else {
  for (const kind of corpora) {
    if (kind === 'pipeline') {
      if (!existsSync(pipelineDocs)) await analyseGenerated(pipelineDocs, pipelineArticles);
      execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, BENCH_ONE: 'pipeline:0' } });
      continue;
    }
    for (const mentions of sizes) {
      execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, BENCH_ONE: `${kind}:${mentions}` } });
    }
  }
}
