// Analysis on several cores: a pool of worker threads, each with its own analyzer (and its own
// copy of the knowledge base). Results come back in contract-v1 JSON.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createAnalyzer } from './analyze.ts';
import { toJSON, type RawArticle } from './core/document.ts';
import { prepareDocument, type PreparedDocument } from './store/prepare.ts';
import type { ContractDocument } from './store/types.ts';

export type AnalysisJSON = ReturnType<typeof toJSON>;

export interface AnalyzePool {
  /** How many articles it analyses at once. */
  size: number;
  analyze(article: RawArticle): Promise<AnalysisJSON>;
  /** The analysis as the rows a store writes (built in the worker: see src/store/prepare.ts). */
  prepare(article: RawArticle): Promise<PreparedDocument>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** jobs = 1 analyses in this thread; more starts that many workers. */
export function createAnalyzePool(jobs = defaultJobs(), options: Record<string, unknown> = {}): AnalyzePool {
  if (jobs <= 1) {
    const analyzer = createAnalyzer(options);
    return {
      size: 1,
      async analyze(article) { return toJSON(analyzer.analyze(article)); },
      async prepare(article) { return prepareDocument(toJSON(analyzer.analyze(article)) as unknown as ContractDocument); },
      async close() {},
    };
  }
  const pending = new Map<number, { resolve: (d: AnalysisJSON | PreparedDocument) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>();
  let next = 0;
  const workers = Array.from({ length: jobs }, () => {
    const w = new Worker(new URL('./analyze-worker.mjs', import.meta.url), { workerData: { options } });
    load.set(w, 0);
    w.on('message', (m: { id: number; doc?: AnalysisJSON; prepared?: PreparedDocument; error?: string }) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.prepared ?? m.doc!);
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    return w;
  });
  function send<T>(article: RawArticle, prepare: boolean): Promise<T> {
    const id = next++;
    // The least-loaded worker takes it, so one slow article does not hold up a queue.
    const w = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
    load.set(w, load.get(w)! + 1);
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (d: AnalysisJSON | PreparedDocument) => void, reject });
      w.postMessage({ id, article, prepare });
    });
  }
  return {
    size: jobs,
    analyze: (article) => send<AnalysisJSON>(article, false),
    prepare: (article) => send<PreparedDocument>(article, true),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
