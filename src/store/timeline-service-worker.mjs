// Worker thread of TimelineService: opens the store file read-only, fuses and indexes its timeline,
// then answers page and event requests with the events' JSON (serialised here, once per event).
// The fused events never leave this thread: the thread serving HTTP keeps a small heap.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { openSqliteStore } = await import('./sqlite/index.ts');
const { TimelineIndex } = await import('./timeline-index.ts');
const { timelineEventJSON } = await import('./timeline-view.ts');

let index;
try {
  const store = openSqliteStore(workerData.file, { readonly: true });
  try {
    const { version, events } = store.fuseTimeline();
    index = new TimelineIndex(events);
    parentPort.postMessage({ ready: true, version, count: events.length });
  } finally {
    await store.close();
  }
} catch (err) {
  parentPort.postMessage({ failed: err instanceof Error ? err.message : String(err) });
}

/** An event as JSON: a view with its first `mentions` mentions, or the event itself (plain). */
const json = (event, mentions, plain) => (plain ? JSON.stringify(event) : timelineEventJSON(event, mentions));

parentPort.on('message', (m) => {
  try {
    if (m.op === 'page') {
      const { total, items } = index.page(m.filter);
      parentPort.postMessage({ id: m.id, total, items: items.map((e) => json(e, m.mentions, m.plain)) });
    } else if (m.op === 'event') {
      const event = index.event(m.eventId);
      parentPort.postMessage({ id: m.id, item: event ? json(event, Infinity, false) : null });
    } else {
      parentPort.postMessage({ id: m.id, error: `unknown request ${m.op}` });
    }
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
