import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contractFixtures } from '../store/contract.ts';
import { serveDemo } from './testing.ts';

const served = serveDemo();

async function timeline() {
  const res = await fetch(served.server.url + 'api/timeline?undated=true&limit=1000');
  const body = await res.json() as { items: { mentions: unknown[] }[] };
  return { etag: res.headers.get('etag')!, mentions: body.items.reduce((n, e) => n + e.mentions.length, 0) };
}

test('after an article is stored, the timeline keeps answering from the last fusion, under its own ETag, until the new one lands', async () => {
  const first = await timeline();
  await served.demo.store.putDocument(contractFixtures()[2]);
  const stats = await (await fetch(served.server.url + 'api/stats')).json() as { documents: number; dataVersion: string };
  assert.equal(stats.documents, 6);
  const during = await timeline();
  // The new fusion may already have landed on a fast machine: then it has one more mention.
  if (during.mentions === first.mentions) {
    assert.notEqual(during.etag, first.etag, 'the data changed: a new ETag');
    assert.ok(during.etag.includes(stats.dataVersion), during.etag);
  }
  let now = during;
  for (let i = 0; i < 600 && now.mentions === first.mentions; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    now = await timeline();
  }
  assert.equal(now.mentions, first.mentions + 1);
  assert.notEqual(now.etag, during.mentions === first.mentions ? during.etag : first.etag);
  const again = await fetch(served.server.url + 'api/timeline?undated=true&limit=1000', { headers: { 'If-None-Match': now.etag } });
  assert.equal(again.status, 304);
});
