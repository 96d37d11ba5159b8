// The per-entity summary (schema 3) and the search answered from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contractFixtures } from '../contract.ts';
import { prepareDocument } from '../prepare.ts';
import type { ContractDocument } from '../types.ts';
import { openSqliteStore, SCHEMA_VERSION, type SqliteStore } from './index.ts';
import { ENTITY_ROW_INDEXES_SQL } from './schema.ts';

async function withDir(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-summary-'));
  try {
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The summary rows as the grouping of every article's entity rows gives them. */
function groupedCounts(store: SqliteStore) {
  return store.db.prepare(`SELECT entity_key AS id, count(DISTINCT doc) AS documents, sum(n_mentions) AS mentions FROM entities GROUP BY entity_key ORDER BY id`).all();
}
function summaryCounts(store: SqliteStore) {
  return store.db.prepare('SELECT id, documents, mentions FROM entity_summary ORDER BY id').all();
}

/** A copy of a fixture article under another id (the same text, as a wire story republished). */
function copyOf(doc: ContractDocument, n: number): ContractDocument {
  return { ...doc, id: `c0${String(n).padStart(14, '0')}`, source: { ...doc.source, name: `copy-${n}.txt` } };
}

/** Every answer the entity summary gives, to compare files with and without it. */
async function entityAnswers(store: SqliteStore) {
  const ids = async (p: Promise<{ items: { id: string; documents: number; mentions: number }[] }>) => (await p).items.map((e) => `${e.id}:${e.documents}:${e.mentions}`);
  return JSON.stringify([
    await ids(store.listEntities()),
    await ids(store.listEntities({ q: 'poutine' })),
    await ids(store.listEntities({ q: 'genè' })),
    await ids(store.listEntities({ q: 'ki' })),
    await ids(store.listEntities({ type: 'LOC', limit: 2, offset: 1 })),
    (await store.listEntities({ type: 'PER' })).total,
    (await store.search('Putin')).entities.map((e) => e.id),
    (await store.search('Putin')).quotes.map((q) => q.text),
    (await store.search('Putin')).documents.map((d) => d.id).sort(),
    (await store.stats()).entities,
  ]);
}

test('entity summary: counts articles and mentions as grouping the rows does, and storing an article again adds nothing', async () => {
  await withDir(async (dir) => {
    const store = openSqliteStore(join(dir, 's.db'));
    const [a, b, c] = contractFixtures();
    for (const d of [a, b, c, a, b]) await store.putDocument(d);
    assert.deepEqual(summaryCounts(store), groupedCounts(store));
    assert.deepEqual((await store.listEntities({ q: 'Putin' })).items.map((e) => [e.id, e.documents, e.mentions]), [['Q7747', 2, 3]]);
    await store.close();
  });
});

test('entity summary: articles stored in one batch count once each, as stored one by one', async () => {
  await withDir(async (dir) => {
    const store = openSqliteStore(join(dir, 's.db'));
    const [a, b, c] = contractFixtures();
    await store.putPrepared([a, b, c, copyOf(a, 1), copyOf(b, 2)].map(prepareDocument));
    assert.deepEqual(summaryCounts(store), groupedCounts(store));
    // A new entity's names are indexed once, however many articles of the batch name it.
    const indexed = store.db.prepare("SELECT count(*) AS n FROM entity_summary_fts WHERE entity_summary_fts MATCH 'poutine'").get() as { n: number };
    assert.equal(indexed.n, 1);
    await store.close();
  });
});

test('entity summary: a version 2 file opened for writing is upgraded with the summary of its rows', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'v2.db');
    const [a, b, c] = contractFixtures();
    const reference = openSqliteStore(join(dir, 'v3.db'));
    for (const d of [a, b, c]) await reference.putDocument(d);
    const writer = openSqliteStore(file);
    for (const d of [a, b]) await writer.putDocument(d);
    await writer.close();
    const raw = new Database(file);
    raw.exec(ENTITY_ROW_INDEXES_SQL);
    raw.exec('DROP TABLE entity_summary_fts; DROP TABLE entity_summary_keys_fts; DROP TABLE entity_summary;');
    raw.pragma('user_version = 2');
    raw.close();

    // Read-only, the version 2 file is answered from its rows: the same answers.
    const reader = openSqliteStore(file, { readonly: true });
    const upgraded = openSqliteStore(file);
    await upgraded.putDocument(c);
    assert.equal((await upgraded.stats()).schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(summaryCounts(upgraded), groupedCounts(upgraded));
    assert.equal(await entityAnswers(upgraded), await entityAnswers(reference));
    await upgraded.close();
    await reader.close();
    await reference.close();
  });
});

test('entity summary: a version 2 file opened read-only gives the same entity and search answers from its rows', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'v2.db');
    const docs = contractFixtures();
    const writer = openSqliteStore(file);
    for (const d of docs) await writer.putDocument(d);
    const expected = await entityAnswers(writer);
    await writer.close();
    const raw = new Database(file);
    raw.exec(ENTITY_ROW_INDEXES_SQL);
    raw.exec('DROP TABLE entity_summary_fts; DROP TABLE entity_summary_keys_fts; DROP TABLE entity_summary;');
    raw.pragma('user_version = 2');
    raw.close();
    const reader = openSqliteStore(file, { readonly: true });
    assert.equal((await reader.stats()).schemaVersion, 2);
    assert.equal(await entityAnswers(reader), expected);
    await reader.close();
  });
});

test('search: articles come most recently stored first, and pages are slices of one answer, past the first read depth', async () => {
  await withDir(async (dir) => {
    const store = openSqliteStore(join(dir, 'many.db'));
    const [announced, held, geneva] = contractFixtures();
    // 260 reports of the Alaska summit, plus the announcement and the Geneva talks.
    await store.putDocument(announced);
    for (let n = 0; n < 260; n++) await store.putDocument(copyOf(held, n));
    await store.putDocument(geneva);
    const stored = (store.db.prepare(`SELECT d.id FROM documents d WHERE d.source_name != 'geneve.txt' ORDER BY rid DESC`).all() as { id: string }[]).map((r) => r.id);
    const pages: string[] = [];
    for (let offset = 0; offset < 300; offset += 50) pages.push(...(await store.search('Putin', { limit: 50, offset })).documents.map((d) => d.id));
    assert.deepEqual(pages, stored);
    const deep = await store.search('poutine', { limit: 10, offset: 255 });
    assert.deepEqual(deep.documents.map((d) => d.id), stored.slice(255, 265));
    assert.ok(deep.documents.every((d) => d.snippet?.includes('[Poutine]')));
    await store.close();
  });
});

test('search: quotes come by article, most recently stored first, then by position in the text', async () => {
  await withDir(async (dir) => {
    const store = openSqliteStore(join(dir, 'quotes.db'));
    const [announced, held] = contractFixtures();
    // The summit article with a second quote of Poutine's, earlier in the text than the first.
    const extra = 'Poutine a dit : «Nous voulons la paix». ';
    const twice: ContractDocument = {
      ...held, text: extra + held.text,
      quotes: [
        { ...held.quotes[0], start: 16, end: 36, text: 'Nous voulons la paix' },
        ...held.quotes.map((q) => ({ ...q, start: q.start + extra.length, end: q.end + extra.length })),
      ],
      entities: held.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, start: m.start + extra.length, end: m.end + extra.length })) })),
      events: held.events.map((e) => ({ ...e, evidence: { ...e.evidence, start: e.evidence.start + extra.length, end: e.evidence.end + extra.length } })),
    };
    await store.putDocument(announced);
    for (let n = 0; n < 230; n++) await store.putDocument(copyOf(twice, n));
    const all: string[] = [];
    for (let offset = 0; offset < 500; offset += 100) all.push(...(await store.search('Putin', { limit: 100, offset })).quotes.map((q) => `${q.doc}:${q.start}`));
    const expected = (store.db.prepare(`SELECT d.id, q.start FROM quotes q JOIN documents d ON d.rid = q.doc WHERE q.speaker_entity = 'Q7747' ORDER BY d.rid DESC, q.seq`).all() as { id: string; start: number }[])
      .map((r) => `${r.id}:${r.start}`);
    assert.equal(expected.length, 460);
    assert.deepEqual(all, expected);
    await store.close();
  });
});

test('search: warming up a store changes no answer and keeps none of its own', async () => {
  await withDir(async (dir) => {
    const store = openSqliteStore(join(dir, 'w.db'));
    for (const d of contractFixtures()) await store.putDocument(d);
    const before = await entityAnswers(store);
    await store.warmUp(50);
    assert.equal((store as unknown as { searches: { entries: Map<string, unknown> } }).searches.entries.size, 0);
    assert.equal(await entityAnswers(store), before);
    await store.close();
  });
});
