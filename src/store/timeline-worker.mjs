// Worker thread of BackgroundFusion: opens the store file read-only, fuses its timeline and sends
// the events back in chunks (each a short pause for the receiving thread), then the data version read.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { openSqliteStore } = await import('./sqlite/index.ts');

/** A chunk holds about this many mentions (fused events can carry a thousand or more): ~10 ms to receive. */
const CHUNK_MENTIONS = 1500;

const store = openSqliteStore(workerData.file, { readonly: true });
try {
  const { version, events } = store.fuseTimeline();
  let chunk = [], mentions = 0;
  for (const e of events) {
    chunk.push(e);
    mentions += 1 + e.mentions.length;
    if (mentions >= CHUNK_MENTIONS) {
      parentPort.postMessage({ events: chunk });
      chunk = [];
      mentions = 0;
    }
  }
  if (chunk.length) parentPort.postMessage({ events: chunk });
  parentPort.postMessage({ version, count: events.length });
} catch (err) {
  parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
} finally {
  await store.close();
}
