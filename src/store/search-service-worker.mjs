// Worker thread of SearchService: opens the store file read-only and answers full-text searches
// with it, so the thread serving HTTP does not run them (each new search reads SQLite's full-text
// indexes and cuts snippets for a few milliseconds; a burst of them held every other answer).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { openSqliteStore } = await import('./sqlite/index.ts');
let store;
try {
  store = openSqliteStore(workerData.file, { readonly: true });
  await store.warmUp();
} catch (err) {
  parentPort.postMessage({ failed: err instanceof Error ? err.message : String(err) });
  process.exit(1);
}

parentPort.on('message', async (m) => {
  try {
    parentPort.postMessage({ id: m.id, result: await store.search(m.q, m.page) });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
