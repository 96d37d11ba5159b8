// Analyse a stream of inputs on a pool of workers and store each result, in input order. When the
// store takes prepared rows (putPrepared), the workers build them and the analyses already back
// are stored together, one transaction for a group of whole articles (a killed process never
// leaves part of one); a group that fails is retried one article at a time, so a bad article
// fails alone. A bad input or a failed analysis is reported and the batch goes on.
import type { AnalyzePool } from './analyze-pool.ts';
import type { InputItem } from './ingest/index.ts';
import type { PreparedDocument } from './store/prepare.ts';
import type { PutResult, Store } from './store/types.ts';

export interface BatchCounts { stored: number; unchanged: number; failed: number }

export interface BatchReporter {
  stored?(result: PutResult, name: string): void;
  failed?(input: string, reason: string): void;
}

interface InFlight { name: string; analysis: Promise<unknown>; settled: boolean; failed: boolean }

/** At most this many articles per transaction (bounds what a crash makes the next run redo). */
const MAX_GROUP = 64;

export async function ingestBatch(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  store: Store,
  pool: AnalyzePool,
  report: BatchReporter = {},
  aheadPerWorker = 16,
): Promise<BatchCounts> {
  const counts: BatchCounts = { stored: 0, unchanged: 0, failed: 0 };
  const inFlight: InFlight[] = [];
  const prepared = !!store.putPrepared && typeof pool.prepare === 'function';
  const done = (result: PutResult, name: string) => {
    counts[result.status]++;
    report.stored?.(result, name);
  };
  const fail = (name: string, err: unknown) => {
    counts.failed++;
    report.failed?.(name, (err as Error).message);
  };
  const storeOne = async () => {
    const { name, analysis } = inFlight.shift()!;
    try {
      done(await store.putDocument((await analysis) as Parameters<Store['putDocument']>[0]), name);
    } catch (err) {
      fail(name, err);
    }
  };
  const storeGroup = async () => {
    const head = inFlight.shift()!;
    let first: PreparedDocument;
    try {
      first = (await head.analysis) as PreparedDocument;
    } catch (err) {
      fail(head.name, err);
      return;
    }
    // Worker messages are delivered between macrotasks: let those already sent arrive, then take
    // the head and the analyses right behind it that are back, without waiting for more.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const group = [{ name: head.name, doc: first }];
    while (group.length < MAX_GROUP && inFlight[0]?.settled && !inFlight[0].failed) {
      const next = inFlight.shift()!;
      group.push({ name: next.name, doc: (await next.analysis) as PreparedDocument });
    }
    try {
      const results = await store.putPrepared!(group.map((g) => g.doc));
      results.forEach((r, i) => done(r, group[i].name));
    } catch {
      for (const g of group) {
        try {
          done((await store.putPrepared!([g.doc]))[0], g.name);
        } catch (err) {
          fail(g.name, err);
        }
      }
    }
  };
  const storeNext = prepared ? storeGroup : storeOne;
  const ahead = Math.max(1, pool.size * aheadPerWorker);
  for await (const item of items) {
    if (!item.ok) {
      counts.failed++;
      report.failed?.(item.error.input, item.error.reason);
      continue;
    }
    const src = item.article.source;
    const entry: InFlight = { name: src.path ?? src.url ?? src.name, analysis: null!, settled: false, failed: false };
    entry.analysis = prepared ? pool.prepare(item.article) : pool.analyze(item.article);
    // Reported when its turn to be stored comes.
    entry.analysis.then(() => { entry.settled = true; }, () => { entry.settled = true; entry.failed = true; });
    inFlight.push(entry);
    if (inFlight.length >= ahead) await storeNext();
  }
  while (inFlight.length) await storeNext();
  return counts;
}
