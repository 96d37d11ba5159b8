// Analyse a stream of inputs on a pool of workers and store each result, in input order, one
// transaction per article. A bad input or a failed analysis is reported and the batch goes on.
import type { AnalyzePool } from './analyze-pool.ts';
import type { InputItem } from './ingest/index.ts';
import type { PutResult, Store } from './store/types.ts';

export interface BatchCounts { stored: number; unchanged: number; failed: number }

export interface BatchReporter {
  stored?(result: PutResult, name: string): void;
  failed?(input: string, reason: string): void;
}

export async function ingestBatch(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  store: Store,
  pool: AnalyzePool,
  report: BatchReporter = {},
  aheadPerWorker = 4,
): Promise<BatchCounts> {
  const counts: BatchCounts = { stored: 0, unchanged: 0, failed: 0 };
  const inFlight: { name: string; analysis: Promise<unknown> }[] = [];
  const storeNext = async () => {
    const { name, analysis } = inFlight.shift()!;
    try {
      const result = await store.putDocument((await analysis) as Parameters<Store['putDocument']>[0]);
      counts[result.status]++;
      report.stored?.(result, name);
    } catch (err) {
      counts.failed++;
      report.failed?.(name, (err as Error).message);
    }
  };
  const ahead = Math.max(1, pool.size * aheadPerWorker);
  for await (const item of items) {
    if (!item.ok) {
      counts.failed++;
      report.failed?.(item.error.input, item.error.reason);
      continue;
    }
    const src = item.article.source;
    const analysis = pool.analyze(item.article);
    analysis.catch(() => {}); // reported when its turn to be stored comes
    inFlight.push({ name: src.path ?? src.url ?? src.name, analysis });
    if (inFlight.length >= ahead) await storeNext();
  }
  while (inFlight.length) await storeNext();
  return counts;
}
