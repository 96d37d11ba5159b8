// Worker thread of TimelineService: opens the store file read-only, fuses and indexes its timeline,
// then answers page and event requests with the events' JSON (serialised here, once per event).
// The fused events never leave this thread: the thread serving HTTP keeps a small heap.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// Fusing leaves hundreds of MB of garbage (every stored event parsed): collected here, before this
// worker answers, it cannot stall the answers later (a full collection takes most of a second).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

register();
const { openSqliteStore } = await import('./sqlite/index.ts');
const { TimelineIndex } = await import('./timeline-index.ts');
const { timelineEventJSON } = await import('./timeline-view.ts');

/**
 * Sets this thread's scheduling priority (Linux: a thread is its own task, /proc/thread-self names
 * it). A fusion takes a core for seconds: at a low priority it leaves the threads answering requests
 * theirs. Elsewhere, or without the right to raise it back, nothing changes.
 */
function threadPriority(nice) {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}

let index;
try {
  threadPriority(10);
  const store = openSqliteStore(workerData.file, { readonly: true });
  try {
    const { version, events } = store.fuseTimeline();
    index = new TimelineIndex(events);
    collectGarbage();
    // Answering is urgent again (raising it back may need a right this process lacks: then it
    // stays low, and still answers whenever no other work of this machine wants the core).
    threadPriority(0);
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
