// Worker thread for the analysis pool: registers the TypeScript loader, then analyses what it is sent.
// With `prepare`, it also builds the store's rows (src/store/prepare.ts) and sends those instead of
// the document: the thread that writes then only binds parameters, and the message is flat.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createAnalyzer } = await import('./analyze.ts');
const { toJSON } = await import('./core/document.ts');
const { prepareDocument } = await import('./store/prepare.ts');
const analyzer = createAnalyzer(workerData?.options ?? {});
parentPort.on('message', ({ id, article, prepare }) => {
  try {
    const doc = toJSON(analyzer.analyze(article));
    parentPort.postMessage(prepare ? { id, prepared: prepareDocument(doc) } : { id, doc });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
