// Worker thread of TimelineService: opens the store file read-only, fuses and indexes its timeline,
// serialises every event once (as lists give it and whole), then lets the event objects go: it
// answers page and event requests from the index's positions and those texts. The fused events
// never leave this thread, and in it they are strings, which a garbage collection does not trace:
// neither thread is held by a long collection while answering.
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

// Low from the start: loading the modules (and the loader thread register() starts, which takes
// this thread's priority) also competes with the threads answering requests.
threadPriority(10);
register();
const { openSqliteStore } = await import('./sqlite/index.ts');
const { TimelineIndex } = await import('./timeline-index.ts');
const { DEFAULT_LIST_MENTIONS, timelineEventJSON } = await import('./timeline-view.ts');

let index;
/** Per event position: its view as lists give it, and whole (every mention). */
let listed, whole;

/** Fuses the store, keeps the index and the events' texts; the event objects die with this call. */
function fuse(store) {
  const { version, events } = store.fuseTimeline();
  index = new TimelineIndex(events);
  listed = events.map((e) => timelineEventJSON(e, DEFAULT_LIST_MENTIONS));
  whole = events.map((e) => timelineEventJSON(e, Infinity));
  index.release();
  index.warmUp();
  return { version, count: events.length };
}

try {
  const store = openSqliteStore(workerData.file, { readonly: true });
  let fused;
  try {
    fused = fuse(store);
  } finally {
    await store.close();
  }
  collectGarbage();
  // Answering is urgent again (raising it back may need a right this process lacks: then it
  // stays low, and still answers whenever no other work of this machine wants the core).
  threadPriority(0);
  parentPort.postMessage({ ready: true, ...fused });
} catch (err) {
  parentPort.postMessage({ failed: err instanceof Error ? err.message : String(err) });
}

/** The view of the event at position i with its first `mentions` mentions (the same text timelineEventJSON gives). */
function viewAt(i, mentions) {
  if (mentions === DEFAULT_LIST_MENTIONS) return listed[i];
  const all = whole[i];
  if (mentions === Infinity) return all;
  const view = JSON.parse(all);
  if (view.mentions.length <= mentions) return all;
  view.mentions = view.mentions.slice(0, Math.max(0, mentions));
  return JSON.stringify(view);
}

const encoder = new TextEncoder();

parentPort.on('message', (m) => {
  try {
    if (m.op === 'page') {
      const { total, positions } = index.pagePositions(m.filter);
      const items = positions.map((i) => viewAt(i, m.mentions));
      if (m.bytes) {
        // The page as the thread answering HTTP sends it: joined and encoded here, handed over without a copy.
        const bytes = encoder.encode(items.join(','));
        parentPort.postMessage({ id: m.id, total, bytes }, [bytes.buffer]);
      } else {
        parentPort.postMessage({ id: m.id, total, items });
      }
    } else if (m.op === 'prepare') {
      // The filters the timeline answering now was asked lately: their answers are kept for the pages to come.
      for (const filter of m.filters) {
        try { index.pagePositions({ ...filter, limit: 0 }); } catch { /* a bad filter fails when asked */ }
      }
      parentPort.postMessage({ id: m.id });
    } else if (m.op === 'event') {
      const i = index.positionOfId(m.eventId);
      parentPort.postMessage({ id: m.id, item: i === undefined ? null : whole[i] });
    } else {
      parentPort.postMessage({ id: m.id, error: `unknown request ${m.op}` });
    }
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
