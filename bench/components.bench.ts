// Per-component cost of the pipeline on real articles (demo corpus + eval/extra*), repeated:
// ms per document for each component, so a throughput regression points at its component.
// BENCH_ROUNDS sets how many passes over the articles are timed (default 20, after 3 warm-up);
// BENCH_SOURCE=generated times the ingest benchmark's generated articles instead (BENCH_N of them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.ts';
import { createDocument, type RawArticle } from '../src/core/document.ts';
import { generatedArticle, sourceSentences } from '../src/store/testing/generate.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const root = join(import.meta.dirname, '..');

function realArticles(): RawArticle[] {
  const out: RawArticle[] = [];
  const demo = join(root, 'corpus/demo');
  for (const f of readdirSync(demo).filter((f) => f.endsWith('.txt')).sort()) {
    out.push({ source: { name: f, path: null, url: null }, raw: readFileSync(join(demo, f), 'utf8') });
  }
  for (const set of ['extra', 'extra2', 'extra3']) {
    let lines: string[];
    try { lines = readFileSync(join(root, 'eval', set, 'articles.jsonl'), 'utf8').split('\n'); } catch { continue; }
    for (const line of lines.filter((l) => l.trim())) {
      const a = JSON.parse(line) as { name: string; url?: string; text: string };
      out.push({ source: { name: a.name, path: null, url: a.url ?? null }, raw: a.text });
    }
  }
  return out;
}

function generatedArticles(n: number): RawArticle[] {
  const sentences = sourceSentences();
  return Array.from({ length: n }, (_, i) => generatedArticle(i, sentences));
}

const generated = process.env.BENCH_SOURCE === 'generated';
const articles = generated ? generatedArticles(Number(process.env.BENCH_N ?? 200)) : realArticles();
const { pipeline, ctx } = createAnalyzer();
// Wall-clock and CPU time: on a loaded machine the CPU figure (process.cpuUsage) is the steadier one.
const totals = new Map<string, number>(pipeline.components.map((c) => [c.name, 0]));
const cpuTotals = new Map<string, number>(pipeline.components.map((c) => [c.name, 0]));
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function pass(timed: boolean) {
  for (const a of articles) {
    const doc = createDocument(a);
    for (const c of pipeline.components) {
      const t = performance.now(), cpu = cpuMs();
      try { c.run(doc, ctx); } catch { /* counted like the pipeline does: the rest goes on */ }
      if (!timed) continue;
      totals.set(c.name, totals.get(c.name)! + performance.now() - t);
      cpuTotals.set(c.name, cpuTotals.get(c.name)! + cpuMs() - cpu);
    }
  }
}

for (let i = 0; i < 3; i++) pass(false);
for (let i = 0; i < rounds; i++) pass(true);
const docs = articles.length * rounds;
const chars = articles.reduce((n, a) => n + a.raw.length, 0) / articles.length;
console.log(`${articles.length} ${generated ? 'generated' : 'real'} articles (${chars.toFixed(0)} chars on average) × ${rounds} rounds`);
let sum = 0, cpuSum = 0;
console.log('component   wall ms/doc   cpu ms/doc');
for (const [name, ms] of totals) {
  const cpu = cpuTotals.get(name)! / docs;
  sum += ms / docs;
  cpuSum += cpu;
  console.log(`${name.padEnd(10)} ${(ms / docs).toFixed(3).padStart(12)} ${cpu.toFixed(3).padStart(12)}`);
}
console.log(`${'total'.padEnd(10)} ${sum.toFixed(3).padStart(12)} ${cpuSum.toFixed(3).padStart(12)}  = ${(1000 / sum).toFixed(0)} docs/s on one core (wall), ${(1000 / cpuSum).toFixed(0)} (cpu)`);
