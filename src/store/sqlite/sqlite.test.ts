import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contractFixtures, runStoreContract } from '../contract.ts';
import { openSqliteStore, SCHEMA_VERSION } from './index.ts';
import { ENTITY_ROW_INDEXES_SQL } from './schema.ts';
import { prepareDocument } from '../prepare.ts';
import { buildTimeline } from '../../timeline/index.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vigie-store-'));
}

runStoreContract('sqlite', async () => {
  const dir = tempDir();
  return { store: openSqliteStore(join(dir, 'test.db')), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
});

test('sqlite: the file is in WAL mode with the current schema version', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'v.db'));
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a store written by a newer version is refused, naming the file and both versions', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'newer.db');
    openSqliteStore(file).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    assert.throws(() => openSqliteStore(file), (err: Error) =>
      err.message.includes(file) && err.message.includes(`schema version ${SCHEMA_VERSION + 1}`) && err.message.includes(`schema version ${SCHEMA_VERSION} at most`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a reader sees every committed article while a writer is still storing', async () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'rw.db');
    const writer = openSqliteStore(file);
    const reader = openSqliteStore(file, { readonly: true });
    const [a, b] = contractFixtures();
    await writer.putDocument(a);
    assert.equal((await reader.stats()).documents, 1);
    // The writer holds an open write transaction: the reader still reads the committed state.
    writer.db.exec('BEGIN IMMEDIATE');
    writer.db.prepare('INSERT INTO timexes (doc, start, "end", text, type, value) VALUES (1, 0, 1, \'x\', \'DATE\', \'2025\')').run();
    assert.equal((await reader.stats()).timexes, 1);
    writer.db.exec('ROLLBACK');
    await writer.putDocument(b);
    assert.equal((await reader.stats()).documents, 2);
    await reader.close();
    await writer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a failure inside an article leaves none of its rows', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'atomic.db'));
    const [a] = contractFixtures();
    const broken = { ...a, events: [{ ...a.events[0], type: null as unknown as string }] };
    await assert.rejects(store.putDocument(broken));
    assert.deepEqual([(await store.stats()).documents, (await store.stats()).entities], [0, 0]);
    assert.deepEqual(store.incompleteDocuments(), []);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: the cached timeline follows the articles stored after it was fused', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'timeline.db'));
    const [announced, held, geneva] = contractFixtures();
    await store.putDocument(announced);
    await store.putDocument(geneva);
    assert.deepEqual((await store.getTimeline()).events.map((e) => e.mentions.length), [1, 1]);
    await store.putDocument(held);
    const after = await store.getTimeline();
    assert.equal(JSON.stringify(after), JSON.stringify(buildTimeline([announced, held, geneva])));
    assert.deepEqual((await store.getTimeline({ actor: 'Poutine' })).events.map((e) => e.mentions.map((m) => m.doc)), [[announced.id, held.id]]);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a reader\'s cached timeline follows what a writer stores', async () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'shared.db');
    const writer = openSqliteStore(file);
    const [announced, held] = contractFixtures();
    await writer.putDocument(announced);
    const reader = openSqliteStore(file, { readonly: true });
    assert.deepEqual((await reader.getTimeline()).events.map((e) => e.mentions.length), [1]);
    await writer.putDocument(held);
    assert.deepEqual((await reader.getTimeline()).events.map((e) => e.mentions.length), [2]);
    await reader.close();
    await writer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const DROP_VERSION_3 = 'DROP TABLE entity_summary_fts; DROP TABLE entity_summary_keys_fts; DROP TABLE entity_summary;';

/** A store file as schema version 1 wrote it: the same tables without the trigram indexes. */
function writeVersion1File(file: string, docs: ReturnType<typeof contractFixtures>): Promise<void> {
  const store = openSqliteStore(file);
  return (async () => {
    for (const d of docs) await store.putDocument(d);
    await store.close();
    const raw = new Database(file);
    raw.exec(ENTITY_ROW_INDEXES_SQL);
    raw.exec(DROP_VERSION_3);
    raw.exec('DROP TABLE entity_keys_fts; DROP TABLE events_fts; DROP INDEX events_by_place; DROP INDEX documents_by_recency; DROP INDEX entities_by_key_doc;');
    raw.pragma('user_version = 1');
    raw.close();
  })();
}

async function nameQueries(store: ReturnType<typeof openSqliteStore>) {
  return JSON.stringify([
    (await store.listEntities({ q: 'poutine' })).items.map((e) => e.id),
    (await store.listEntities({ q: 'genè' })).items.map((e) => e.id),
    (await store.listEvents({ actor: 'Putin' })).items.map((e) => e.id),
    (await store.listEvents({ actor: 'Q7747' })).items.map((e) => e.id),
    (await store.listEvents({ place: 'alaska' })).items.map((e) => e.id),
    (await store.listEvents({ q: 'se retrouveront à genève' })).items.map((e) => e.id),
  ]);
}

test('sqlite: an older (version 1) file opened read-only is read as it is, by scans, with the same answers', async () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'v1.db');
    await writeVersion1File(file, contractFixtures());
    const reader = openSqliteStore(file, { readonly: true });
    assert.equal((await reader.stats()).schemaVersion, 1);
    assert.equal(await nameQueries(reader), JSON.stringify([['Q7747'], ['city:CH:geneva'], ['ev-announced', 'ev-held'], ['ev-announced', 'ev-held'], ['ev-held'], ['ev-geneva']]));
    await reader.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: an older (version 1) file opened for writing is upgraded, its rows indexed', async () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'v1.db');
    const [a, b, c] = contractFixtures();
    await writeVersion1File(file, [a, b]);
    const store = openSqliteStore(file);
    assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
    await store.putDocument(c);
    // Rows from before and after the upgrade are both found through the new indexes.
    const ftsRows = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH 'poutine'`).get() as { n: number }).n;
    assert.deepEqual([ftsRows('entity_summary_keys_fts'), ftsRows('events_fts')], [1, 2]);
    assert.equal(await nameQueries(store), JSON.stringify([['Q7747'], ['city:CH:geneva'], ['ev-announced', 'ev-held'], ['ev-announced', 'ev-held'], ['ev-held'], ['ev-geneva']]));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: names shorter than a trigram are still found (by a scan)', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'short.db'));
    for (const d of contractFixtures()) await store.putDocument(d);
    assert.deepEqual((await store.listEntities({ q: 'ki' })).items.map((e) => e.id), ['city:UA:kyiv']);
    assert.deepEqual((await store.listEvents({ place: 'al' })).items.map((e) => e.id), ['ev-held']);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: event filters match whole words and word beginnings, accents and case ignored', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'words.db'));
    for (const d of contractFixtures()) await store.putDocument(d);
    const ids = async (filter: Parameters<typeof store.listEvents>[0]) => (await store.listEvents(filter)).items.map((e) => e.id);
    assert.deepEqual(await ids({ q: 'Retrouver' }), ['ev-geneva']);
    assert.deepEqual(await ids({ q: 'geneve' }), ['ev-geneva']);
    assert.deepEqual(await ids({ q: 'trouveront' }), []);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: prepared articles stored together are each stored whole, and an id already stored stays unchanged', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'batch.db'));
    const [a, b, c] = contractFixtures();
    await store.putDocument(a);
    const results = await store.putPrepared([a, b, c].map(prepareDocument));
    assert.deepEqual(results.map((r) => r.status), ['unchanged', 'stored', 'stored']);
    assert.equal(JSON.stringify(await store.getDocument(b.id)), JSON.stringify(b));
    assert.deepEqual([(await store.stats()).documents, store.incompleteDocuments()], [3, []]);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: when one prepared article of a batch fails, none of the batch is stored', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'batch-fail.db'));
    const [a, b] = contractFixtures();
    const broken = prepareDocument({ ...b, events: [{ ...b.events[0], type: null as unknown as string }] });
    await assert.rejects(store.putPrepared([prepareDocument(a), broken]));
    assert.deepEqual([(await store.stats()).documents, (await store.stats()).entities], [0, 0]);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
