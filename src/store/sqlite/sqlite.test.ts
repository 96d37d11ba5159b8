import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contractFixtures, runStoreContract } from '../contract.ts';
import { openSqliteStore, SCHEMA_VERSION } from './index.ts';
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
