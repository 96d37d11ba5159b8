// Ingest benchmark: BENCH_N generated articles (default 20,000; real French sentences recombined;
// BENCH_TEXT=proxy adds the denser proxy-set articles) analysed and stored in a temporary SQLite
// store, end to end. Prints throughput and peak RSS at each quarter; memory must stay flat.
// Target: ≥ 500 articles/s on 2 cores.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzePool, defaultJobs } from '../src/analyze-pool.ts';
import { ingestBatch } from '../src/ingest-batch.ts';
import type { InputItem } from '../src/ingest/index.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { generatedArticle, sourceSentences } from '../src/store/testing/generate.ts';

const n = Number(process.env.BENCH_N ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-ingest-'));
const file = join(dir, 'bench.db');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** CPU ms of the main thread and of all the other threads (workers, GC helpers, I/O), from /proc; null elsewhere. */
function threadCpu(): { main: number; others: number } | null {
  try {
    const tick = 10; // USER_HZ is 100 on Linux
    let main = 0, others = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      const ms = (Number(f[11]) + Number(f[12])) * tick;
      if (Number(tid) === process.pid) main += ms;
      else others += ms;
    }
    return { main, others };
  } catch {
    return null;
  }
}

try {
  const store = openSqliteStore(file);
  const jobs = Number(process.env.BENCH_JOBS ?? defaultJobs());
  const pool = createAnalyzePool(jobs);
  const sentences = sourceSentences(process.env.BENCH_TEXT === 'proxy');
  const checkpoints = new Set([1, 2, 3, 4].map((q) => Math.round((n * q) / 4)));
  console.log(`ingest: ${n} generated articles from ${sentences.length} sentences${process.env.BENCH_TEXT === 'proxy' ? ' (proxy sets included)' : ''}, ${jobs} analysis worker(s) → ${file}`);
  console.log('articles   total/s   last-quarter/s   rss MB   peak rss MB');
  const start = performance.now();
  // How busy the main thread (the one writing to SQLite) is: the workers analyse in parallel.
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const threads0 = threadCpu();
  let last = start, lastCount = 0, count = 0;
  function* articles(): Generator<InputItem> {
    for (let i = 0; i < n; i++) yield { ok: true, article: generatedArticle(i, sentences) };
  }
  const counts = await ingestBatch(articles(), store, pool, {
    stored() {
      count++;
      if (!checkpoints.has(count)) return;
      const now = performance.now();
      const total = count / ((now - start) / 1000), recent = (count - lastCount) / ((now - last) / 1000);
      // Main thread and workers share the process: RSS covers the whole ingest.
      const peak = process.resourceUsage().maxRSS * 1024;
      console.log(`${String(count).padStart(8)}   ${total.toFixed(0).padStart(7)}   ${recent.toFixed(0).padStart(14)}   ${mb(process.memoryUsage().rss).padStart(6)}   ${mb(peak).padStart(11)}`);
      last = now;
      lastCount = count;
    },
  });
  const mainBusy = performance.eventLoopUtilization(elu0).utilization;
  const seconds = (performance.now() - start) / 1000;
  // CPU time of every thread: on a machine of C cores, C × 1000 / this is the ceiling in articles/s.
  const cpu = process.cpuUsage(cpu0), cpuPerArticle = (cpu.user + cpu.system) / 1000 / n;
  console.log(`end to end: ${(n / seconds).toFixed(0)} articles/s; main thread busy ${(mainBusy * 100).toFixed(0)}%; CPU ${cpuPerArticle.toFixed(2)} ms/article (all threads)`);
  const threads1 = threadCpu();
  // Workers that ended are no longer listed: read before closing the pool.
  if (threads0 && threads1) {
    console.log(`CPU per article: main thread (storing) ${((threads1.main - threads0.main) / n).toFixed(2)} ms, other threads (analysis workers, GC, I/O) ${((threads1.others - threads0.others) / n).toFixed(2)} ms`);
  }
  await pool.close();
  console.log(`stored ${counts.stored}, unchanged ${counts.unchanged}, failed ${counts.failed}`);
  const t = performance.now();
  const timeline = await store.getTimeline();
  console.log(`timeline over ${n} articles: ${timeline.events.length} events in ${(performance.now() - t).toFixed(0)} ms`);
  await store.close();
  console.log(`store file: ${mb(statSync(file).size)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
