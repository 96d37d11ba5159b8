// Ingest benchmark: BENCH_N generated articles (default 20,000; real French sentences recombined)
// analysed and stored in a temporary SQLite store, end to end. Prints throughput and peak RSS at
// each quarter; memory must stay flat. Target: ≥ 500 articles/s on 2 cores.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { generatedArticle, sourceSentences } from '../src/store/testing/generate.ts';

const n = Number(process.env.BENCH_N ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-ingest-'));
const file = join(dir, 'bench.db');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

try {
  const store = openSqliteStore(file);
  const analyzer = createAnalyzer();
  const sentences = sourceSentences();
  const checkpoints = new Set([1, 2, 3, 4].map((q) => Math.round((n * q) / 4)));
  console.log(`ingest: ${n} generated articles from ${sentences.length} sentences → ${file}`);
  console.log('articles   total/s   last-quarter/s   rss MB   peak rss MB   stored   unchanged');
  const start = performance.now();
  let last = start, lastCount = 0, stored = 0, unchanged = 0;
  for (let i = 0; i < n; i++) {
    const doc = analyzer.analyze(generatedArticle(i, sentences));
    const r = await store.putDocument(doc);
    if (r.status === 'stored') stored++; else unchanged++;
    const count = i + 1;
    if (checkpoints.has(count)) {
      const now = performance.now();
      const total = count / ((now - start) / 1000), recent = (count - lastCount) / ((now - last) / 1000);
      const peak = process.resourceUsage().maxRSS * 1024;
      console.log(`${String(count).padStart(8)}   ${total.toFixed(0).padStart(7)}   ${recent.toFixed(0).padStart(14)}   ${mb(process.memoryUsage().rss).padStart(6)}   ${mb(peak).padStart(11)}   ${String(stored).padStart(6)}   ${String(unchanged).padStart(9)}`);
      last = now;
      lastCount = count;
    }
  }
  const t = performance.now();
  const timeline = await store.getTimeline();
  console.log(`timeline over ${n} articles: ${timeline.events.length} events in ${(performance.now() - t).toFixed(0)} ms`);
  await store.close();
  console.log(`store file: ${mb(statSync(file).size)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
