import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTimeline } from '../timeline/index.ts';
import { contractFixtures } from './contract.ts';
import { openSqliteStore, type SqliteStore } from './sqlite/index.ts';
import { TimelineIndex } from './timeline-index.ts';

async function withStore(body: (store: SqliteStore) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-fusion-'));
  const store = openSqliteStore(join(dir, 'f.db'));
  try {
    await body(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the timeline answered is a fusion of the current data (bounded). */
async function fused(store: SqliteStore): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await store.timelineVersion()) === (await store.dataVersion())) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the worker fusion did not land within 30 s');
}

test('timeline service: after a write the last timeline is still answered, then the new fusion replaces it', async () => {
  await withStore(async (store) => {
    const [announced, held, geneva] = contractFixtures();
    await store.putDocument(announced);
    await store.putDocument(geneva);
    const before = await store.getTimeline();
    const beforeVersion = await store.timelineVersion();
    store.fuseInBackground();
    await store.putDocument(held);
    // Answered at once from the fusion of the two first articles, which names its own version.
    assert.equal(JSON.stringify(await store.getTimeline()), JSON.stringify(before));
    assert.equal(await store.timelineVersion(), beforeVersion);
    assert.notEqual(await store.dataVersion(), beforeVersion);
    await fused(store);
    assert.equal(JSON.stringify(await store.getTimeline()), JSON.stringify(buildTimeline([announced, held, geneva])));
    assert.deepEqual((await store.getTimelinePage({ actor: 'Poutine' })).items.map((e) => e.mentions.length), [2]);
  });
});

test('timeline service: the worker answers pages, views and events as the store answers them in place', async () => {
  await withStore(async (store) => {
    for (const d of contractFixtures()) await store.putDocument(d);
    const filters = [{ undated: true }, { actor: 'poutine' }, { place: 'geneve', undated: true, limit: 1, offset: 0 }, { q: 'rencontr' }];
    const inPlace = [];
    for (const f of filters) inPlace.push([await store.getTimelinePage(f), await store.getTimelinePageJSON(f, 1)]);
    const first = (await store.getTimeline({ undated: true })).events[0];
    const eventInPlace = [await store.getTimelineEvent(first.id), await store.getTimelineEventJSON(first.id)];
    store.fuseInBackground();
    await fused(store);
    for (const [i, f] of filters.entries()) {
      assert.deepEqual([await store.getTimelinePage(f), await store.getTimelinePageJSON(f, 1)], inPlace[i], JSON.stringify(f));
    }
    assert.deepEqual([await store.getTimelineEvent(first.id), await store.getTimelineEventJSON(first.id)], eventInPlace);
    assert.equal(await store.getTimelineEventJSON('tl-0000000000000000'), null);
  });
});

test('timeline service: a server that never fused here waits for the worker\'s first fusion', async () => {
  await withStore(async (store) => {
    for (const d of contractFixtures()) await store.putDocument(d);
    store.fuseInBackground();
    assert.equal((await store.getTimelinePage({ actor: 'poutine' })).total, 1);
    assert.equal(await store.timelineVersion(), await store.dataVersion());
  });
});

test('timeline service: a store that was never asked still fuses in place after a write (one-shot commands)', async () => {
  await withStore(async (store) => {
    const [announced, held] = contractFixtures();
    await store.putDocument(announced);
    await store.getTimeline();
    await store.putDocument(held);
    assert.deepEqual((await store.getTimeline()).events.map((e) => e.mentions.length), [2]);
    assert.equal(await store.timelineVersion(), await store.dataVersion());
  });
});

test('timeline service: a page as bytes from the worker is the UTF-8 of its items joined with commas', async () => {
  await withStore(async (store) => {
    for (const d of contractFixtures()) await store.putDocument(d);
    store.fuseInBackground();
    const { total, items } = await store.getTimelinePageJSON({ undated: true }, 2);
    const page = await store.getTimelinePageBytes({ undated: true }, 2);
    assert.equal(page.total, total);
    assert.equal(new TextDecoder().decode(page.bytes), items.join(','));
  });
});

test('timeline service: a worker that ends on its own (killed) is replaced, and requests are answered again', async () => {
  await withStore(async (store) => {
    for (const d of contractFixtures()) await store.putDocument(d);
    store.fuseInBackground();
    const before = await store.getTimelinePageJSON({ undated: true }, 1);
    const service = (store as unknown as { service: { active: { worker: { terminate(): Promise<number> } } } }).service;
    await service.active.worker.terminate();
    assert.deepEqual(await store.getTimelinePageJSON({ undated: true }, 1), before);
  });
});

test('timeline index: the pages of one filter are slices of its whole answer', () => {
  const events = buildTimeline(contractFixtures(), { undated: true }).events;
  const index = new TimelineIndex(events);
  const whole = index.page({ undated: true }).items.map((e) => e.id);
  const pages = [0, 1, 2].flatMap((offset) => index.page({ undated: true, limit: 1, offset }).items.map((e) => e.id));
  assert.deepEqual(pages, whole);
  assert.equal(index.page({ undated: true, limit: 1, offset: 5 }).total, whole.length);
});

test('timeline index: warming up changes no answer', () => {
  const events = buildTimeline(contractFixtures(), { undated: true }).events;
  const filters = [{ undated: true }, { actor: 'Poutine' }, { type: 'CONSULT', undated: true }, { q: 'sommet', undated: true }];
  const answers = (index: TimelineIndex) => filters.map((f) => index.page(f).items.map((e) => e.id));
  const cold = answers(new TimelineIndex(events));
  const warmed = new TimelineIndex(events);
  warmed.warmUp(50);
  assert.deepEqual(answers(warmed), cold);
});
