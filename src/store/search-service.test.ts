import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractFixtures } from './contract.ts';
import { SearchService } from './search-service.ts';
import { openSqliteStore } from './sqlite/index.ts';

test('search service: a worker answers searches as the store does in its own thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-search-'));
  const file = join(dir, 's.db');
  try {
    const store = openSqliteStore(file);
    for (const d of contractFixtures()) await store.putDocument(d);
    const service = new SearchService(file);
    while (!service.available) await new Promise((r) => setTimeout(r, 20));
    for (const q of ['Putin', 'poutine', 'sommet Alaska', 'zzzz']) {
      assert.deepEqual(await service.search(q, { limit: 5 }), await store.search(q, { limit: 5 }), q);
    }
    await service.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('search service: a worker that cannot open its store is not started again, searches stay with the store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-search-'));
  try {
    const service = new SearchService(join(dir, 'missing.db'));
    const client = () => (service as unknown as { client: unknown }).client;
    // Wait for the worker's failure (slow to come on a loaded machine), not for a fixed delay.
    for (let waited = 0; client() !== null && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    // Had it been started again, a new client would appear in the meantime.
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(service.available, false);
    assert.equal(client(), null);
    await service.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
