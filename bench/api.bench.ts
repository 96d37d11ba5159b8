// API benchmark: a store of BENCH_N generated articles (default 20,000; real French sentences
// recombined), served by `vigie serve` in its own process on 127.0.0.1, driven by a fixed-rate
// load generator (BENCH_RATE requests/s, default 200, for BENCH_SECONDS, default 10; keep-alive,
// bounded in-flight) over /api/timeline and /api/search. Latency is measured from each request's
// scheduled time (queueing included). A third of the way through, another process stores an
// article: the server keeps answering from its last timeline while it fuses anew in a worker
// thread (BENCH_WRITE=0 leaves it out). The load runs twice on the same server: cold, then with its
// caches warm. Target: p99 < 50 ms at 200 req/s.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzePool, defaultJobs } from '../src/analyze-pool.ts';
import { createAnalyzer } from '../src/analyze.ts';
import { ingestBatch } from '../src/ingest-batch.ts';
import type { InputItem } from '../src/ingest/index.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { generatedArticle, sourceSentences } from '../src/store/testing/generate.ts';

const n = Number(process.env.BENCH_N ?? 20_000);
const rate = Number(process.env.BENCH_RATE ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const MAX_IN_FLIGHT = 256;
const vigie = new URL('../bin/vigie.mjs', import.meta.url).pathname;

// Typical filters (actor, type, from/to…), names and words accented and not. Each request also
// gets its own offset (0–9 pages), so most URLs are distinct: the server's answer cache (keyed by
// data version + URL) cannot hide the cost of a query.
const TIMELINE_QUERIES = [
  'limit=50', 'actor=Poutine&limit=20', 'actor=poutine&type=CONSULT', 'type=CONSULT&limit=20', 'from=2024-01&to=2024-06&limit=50',
  'status=planned,proposed', 'actor=Zelensky&type=CONSULT,AGREE', 'place=Moscou', 'place=geneve&limit=20', 'q=sommet&limit=20',
  'undated=true&limit=100', 'actor=Trump&from=2024&to=2024', 'actor=Zelenski', 'actor=Russie&type=ASSAULT,COERCE', 'from=2025-03-01&to=2025-03-31',
  'q=cessez-le-feu', 'actor=Kremlin&status=occurred', 'type=AGREE,COOPERATE&from=2023-06', 'place=Washington&undated=true', 'actor=Macron&q=negociations',
];
const SEARCH_WORDS = [
  'Poutine', 'poutine', 'Zelensky', 'Trump', 'cessez-le-feu', 'sommet', 'Kremlin', 'sanctions', 'négociations', 'negociations', 'Istanbul',
  'Alaska', 'Macron', 'Ukraine', 'Genève', 'geneve', 'Moscou', 'accord de paix', 'Vladimir Poutine', 'Witkoff', 'Russie', 'armée', 'Europe', 'président',
];

/** Analyses and stores the generated articles on the analysis worker pool. */
async function buildStore(file: string): Promise<void> {
  const store = openSqliteStore(file);
  const jobs = Number(process.env.BENCH_JOBS ?? defaultJobs());
  const pool = createAnalyzePool(jobs);
  const sentences = sourceSentences(process.env.BENCH_TEXT === 'proxy');
  const start = performance.now();
  function* articles(): Generator<InputItem> {
    for (let i = 0; i < n; i++) yield { ok: true, article: generatedArticle(i, sentences) };
  }
  try {
    const counts = await ingestBatch(articles(), store, pool);
    if (counts.failed) console.log(`store: ${counts.failed} article(s) failed`);
  } finally {
    await pool.close();
  }
  console.log(`store: ${n} generated articles analysed (${jobs} workers) and stored in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await store.close();
}

async function storeSize(file: string): Promise<number> {
  const store = openSqliteStore(file, { readonly: true });
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

/** Starts `vigie serve` on a free port; resolves with its URL once it listens. */
function startServer(file: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const child = spawn(process.execPath, [vigie, 'serve', '--db', file, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ url: m[1], pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`vigie serve exited (${code}) before listening`)));
  });
}

function get(agent: Agent, url: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

const pct = (sorted: number[], p: number) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/**
 * A new analysed article and how to store it (by another process, as `vigie ingest` would): stored
 * a third of the way through the load, it makes the server fuse its timeline anew, off the request
 * path; latencies should not move.
 */
async function newArticleWriter(file: string): Promise<() => Promise<number>> {
  const store = openSqliteStore(file);
  const i = (await store.stats()).documents + 1_000_000;
  const doc = createAnalyzer().analyze(generatedArticle(i, sourceSentences(process.env.BENCH_TEXT === 'proxy')));
  return async () => {
    const t = performance.now();
    await store.putDocument(doc);
    await store.close();
    return performance.now() - t;
  };
}

/** CPU time a process has used (all its threads), ms; null where /proc is not there. */
function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

async function drive(base: string, write?: () => Promise<number>, serverPid?: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  // The server fuses the timeline before it listens: the first request should be as fast as any.
  let t = performance.now();
  await get(agent, base + 'api/timeline?limit=1', 30 * 60_000);
  console.log(`first timeline request: ${(performance.now() - t).toFixed(0)} ms`);

  const latencies: Record<string, number[]> = { timeline: [], search: [] };
  // BENCH_TRACE=1: the slowest answers of each second, to see when a tail happens.
  const bySecond: number[][] = [];
  const errors: Record<string, number> = { timeline: 0, search: 0 };
  let inFlight = 0, dropped = 0;
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const pending: Promise<void>[] = [];
  const cpuBefore = cpuMs(serverPid);
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    if (write && i === Math.floor(total / 3)) void write().then((ms) => console.log(`write: one article stored during the load (${ms.toFixed(0)} ms) at ${((performance.now() - start) / 1000).toFixed(1)} s: the server fuses anew in the background`));
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= MAX_IN_FLIGHT) { dropped++; continue; }
    const kind = i % 2 ? 'search' : 'timeline';
    const k = i >> 1, offset = (k * 7) % 10;
    const path = kind === 'timeline'
      ? `/api/timeline?${TIMELINE_QUERIES[k % TIMELINE_QUERIES.length]}&offset=${offset * 20}`
      : `/api/search?q=${encodeURIComponent(SEARCH_WORDS[k % SEARCH_WORDS.length])}&limit=20&offset=${offset * 20}`;
    inFlight++;
    pending.push(get(agent, base + path.slice(1)).then(
      (status) => {
        if (status !== 200) { errors[kind]++; return; }
        const ms = performance.now() - scheduled;
        latencies[kind].push(ms);
        (bySecond[Math.floor((scheduled - start) / 1000)] ??= []).push(ms);
      },
      () => { errors[kind]++; },
    ).finally(() => { inFlight--; }));
  }
  await Promise.all(pending);
  t = (performance.now() - start) / 1000;
  const cpuAfter = cpuMs(serverPid);
  agent.destroy();
  console.log(`load: ${total} requests scheduled at ${rate}/s over ${t.toFixed(1)} s, ${dropped} dropped (in-flight bound ${MAX_IN_FLIGHT}); ${TIMELINE_QUERIES.length} timeline filters and ${SEARCH_WORDS.length} search words × 10 offsets`);
  if (cpuBefore !== null && cpuAfter !== null) {
    // What the server itself spent (its worker threads included): the figure a loaded machine does not distort.
    const used = cpuAfter - cpuBefore, answered = latencies.timeline.length + latencies.search.length;
    console.log(`server CPU during the load: ${(used / 1000).toFixed(1)} s in ${t.toFixed(1)} s (${((used / 10) / t).toFixed(0)}% of one core), ${(used / Math.max(1, answered)).toFixed(2)} ms per answer; machine load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
  }
  if (process.env.BENCH_TRACE) {
    console.log('slowest answers by second: ' + bySecond.map((l, i) => `${i}s ${Math.max(...l).toFixed(0)}`).join(', '));
  }
  console.log('latency from the scheduled send time (queueing included); target p99 < 50 ms');
  console.log('endpoint    requests   p50 ms   p90 ms   p99 ms   max ms   errors');
  for (const kind of ['timeline', 'search']) {
    const s = latencies[kind].sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(1).padStart(7);
    console.log(`${kind.padEnd(10)} ${String(s.length).padStart(9)}  ${f(pct(s, 50))}  ${f(pct(s, 90))}  ${f(pct(s, 99))}  ${f(s[s.length - 1] ?? NaN)}   ${errors[kind]}`);
  }
}

let t0 = 0;
// BENCH_DB=FILE keeps the store between runs: built there if missing, reused as it is if present.
const kept = process.env.BENCH_DB;
// BENCH_URL=http://127.0.0.1:PORT/ drives a server already running (e.g. one under --cpu-prof) instead.
if (process.env.BENCH_URL) {
  await drive(process.env.BENCH_URL.endsWith('/') ? process.env.BENCH_URL : process.env.BENCH_URL + '/');
  process.exit(0);
}
const dir = kept ? null : mkdtempSync(join(tmpdir(), 'vigie-bench-api-'));
try {
  const file = kept ?? join(dir!, 'bench.db');
  if (kept && existsSync(kept)) console.log(`store: reusing ${kept} (${(await storeSize(kept))} articles)`);
  else await buildStore(file);
  t0 = performance.now();
  const server = await startServer(file);
  console.log(`server: listening after ${((performance.now() - t0) / 1000).toFixed(1)} s (opening the store, fusing and indexing the timeline)`);
  try {
    // BENCH_WRITE=0: no article stored during the load.
    console.log('\npass 1: a server that has answered nothing yet (every query is new to its caches)');
    await drive(server.url, process.env.BENCH_WRITE === '0' ? undefined : await newArticleWriter(file), server.pid);
    // The same mix again: what a server that has been answering for a while costs (its caches warm).
    console.log('\npass 2: the same load again on the same server (caches warm)');
    await drive(server.url, undefined, server.pid);
  } finally {
    server.stop();
  }
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
