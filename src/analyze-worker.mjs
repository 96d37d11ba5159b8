// Worker thread for the analysis pool: registers the TypeScript loader, then analyses what it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createAnalyzer } = await import('./analyze.ts');
const { toJSON } = await import('./core/document.ts');
const analyzer = createAnalyzer(workerData?.options ?? {});
parentPort.on('message', ({ id, article }) => {
  try {
    parentPort.postMessage({ id, doc: toJSON(analyzer.analyze(article)) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
