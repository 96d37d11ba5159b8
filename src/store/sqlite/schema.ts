// The SQLite schema as an ordered list of migrations. The version applied is kept in
// PRAGMA user_version; a file written by a newer Vigie (a higher version) is refused.
import type Database from 'better-sqlite3';

export interface Migration { version: number; description: string; sql: string }

const FTS_TOKENIZER = `tokenize = "unicode61 remove_diacritics 2"`;
// Trigrams find any part of a name or of the evidence (substring, as the LIKE filters did).
const TRIGRAM_TOKENIZER = `tokenize = "trigram remove_diacritics 1"`;

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'documents, entities, mentions, timexes, quotes, events; full-text indexes',
    sql: `
      CREATE TABLE documents (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_name TEXT NOT NULL,
        source_path TEXT,
        source_url TEXT,
        title TEXT,
        text TEXT NOT NULL,
        published TEXT,
        published_day TEXT,
        outlet TEXT,
        -- row counts of the child tables, so a check can prove an article is stored whole
        n_entities INTEGER NOT NULL,
        n_mentions INTEGER NOT NULL,
        n_timexes INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        -- the contract-v1 JSON without its text (kept once, in the text column)
        json TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX documents_by_published ON documents (published_day, id);

      CREATE TABLE entities (
        rid INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents (rid),
        entity_id TEXT NOT NULL,
        -- the KB id, or <doc id>/<local id> for an entity known to one article only
        entity_key TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        subtype TEXT,
        aliases TEXT NOT NULL,
        -- for FTS: name and aliases; for LIKE filters: |name key|alias key|…
        names TEXT NOT NULL,
        name_keys TEXT NOT NULL,
        actor_entity TEXT,
        country TEXT,
        n_mentions INTEGER NOT NULL,
        UNIQUE (doc, entity_id)
      );
      CREATE INDEX entities_by_key ON entities (entity_key);

      CREATE TABLE mentions (
        doc INTEGER NOT NULL REFERENCES documents (rid),
        entity_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT
      );
      CREATE INDEX mentions_by_doc ON mentions (doc);

      CREATE TABLE timexes (
        doc INTEGER NOT NULL REFERENCES documents (rid),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL
      );
      CREATE INDEX timexes_by_doc ON timexes (doc);

      CREATE TABLE quotes (
        rid INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents (rid),
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_entity TEXT,
        -- for FTS: the speaker's name and aliases; for LIKE filters: their keys
        speaker TEXT NOT NULL,
        speaker_keys TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX quotes_by_doc ON quotes (doc, seq);
      CREATE INDEX quotes_by_speaker ON quotes (speaker_entity);

      CREATE TABLE events (
        rid INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents (rid),
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        status TEXT NOT NULL,
        date_value TEXT,
        -- the days the date can denote, ISO; open ends as 0000-01-01 / 9999-12-31
        date_start TEXT,
        date_end TEXT,
        place_entity TEXT,
        place_keys TEXT NOT NULL,
        actor_entities TEXT NOT NULL,
        actor_keys TEXT NOT NULL,
        evidence_key TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX events_by_doc ON events (doc, seq);
      CREATE INDEX events_by_date ON events (date_start, doc, seq);
      CREATE INDEX events_by_type ON events (type, status);

      CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content = 'documents', content_rowid = 'rid', ${FTS_TOKENIZER});
      CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker, content = 'quotes', content_rowid = 'rid', ${FTS_TOKENIZER});
      CREATE VIRTUAL TABLE entities_fts USING fts5 (names, content = 'entities', content_rowid = 'rid', ${FTS_TOKENIZER});
    `,
  },
  {
    version: 2,
    description: 'substring indexes (trigrams) over entity name keys and event evidence, actors and places; recency and entity-count indexes',
    sql: `
      CREATE VIRTUAL TABLE entity_keys_fts USING fts5 (name_keys, content = 'entities', content_rowid = 'rid', ${TRIGRAM_TOKENIZER});
      INSERT INTO entity_keys_fts (entity_keys_fts) VALUES ('rebuild');
      CREATE VIRTUAL TABLE events_fts USING fts5 (evidence_key, actor_entities, actor_keys, place_keys,
        content = 'events', content_rowid = 'rid', ${TRIGRAM_TOKENIZER});
      INSERT INTO events_fts (events_fts) VALUES ('rebuild');
      CREATE INDEX events_by_place ON events (place_entity);
      -- newest first, undated last, then id: lists stop after their page instead of sorting every match
      CREATE INDEX documents_by_recency ON documents (published_day IS NULL, published_day DESC, id);
      -- an entity's articles and mention counts without reading its rows
      CREATE INDEX entities_by_key_doc ON entities (entity_key, doc, n_mentions);
    `,
  },
  {
    version: 3,
    description: 'one summary row per entity (name, type, aliases, article and mention counts) with word and trigram indexes over its names',
    sql: `
      -- Kept by putDocument in the article's transaction: lists and searches of entities read one
      -- row per matching entity instead of grouping every article's rows.
      CREATE TABLE entity_summary (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        -- name, type and aliases of the entity's first stored row
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        names TEXT NOT NULL,
        name_keys TEXT NOT NULL,
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL
      );
      CREATE INDEX entity_summary_by_documents ON entity_summary (documents DESC, name, id);
      CREATE INDEX entity_summary_by_type ON entity_summary (type, documents DESC, name, id);
      INSERT INTO entity_summary (id, name, type, aliases, names, name_keys, documents, mentions)
        SELECT g.entity_key, e.name, e.type, e.aliases, e.names, e.name_keys, g.documents, g.mentions
        FROM (SELECT entity_key, min(rid) AS first, count(DISTINCT doc) AS documents, sum(n_mentions) AS mentions
              FROM entities GROUP BY entity_key) g JOIN entities e ON e.rid = g.first
        ORDER BY g.first;
      CREATE VIRTUAL TABLE entity_summary_fts USING fts5 (names, content = 'entity_summary', content_rowid = 'rid', ${FTS_TOKENIZER});
      INSERT INTO entity_summary_fts (entity_summary_fts) VALUES ('rebuild');
      CREATE VIRTUAL TABLE entity_summary_keys_fts USING fts5 (name_keys, content = 'entity_summary', content_rowid = 'rid', ${TRIGRAM_TOKENIZER});
      INSERT INTO entity_summary_keys_fts (entity_summary_keys_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 4,
    description: 'drop the per-article entity name indexes: the per-entity summary answers name lists and searches, and one article\'s entities are few enough to scan',
    sql: `
      -- Written for every entity of every article (about a third of an article's write cost), read
      -- only by files without the summary. entities_by_key is a prefix of entities_by_key_doc.
      DROP TABLE entities_fts;
      DROP TABLE entity_keys_fts;
      DROP INDEX entities_by_key;
    `,
  },
  {
    version: 5,
    description: 'events indexed by words, not trigrams: filters on evidence, actors and places match whole words and word beginnings',
    sql: `
      -- The trigrams of every event's evidence sentence were half of an article's write cost; a
      -- word index costs a fraction of that, and a word or its beginning is what people type.
      DROP TABLE events_fts;
      CREATE VIRTUAL TABLE events_fts USING fts5 (evidence_key, actor_entities, actor_keys, place_keys,
        content = 'events', content_rowid = 'rid', ${FTS_TOKENIZER});
      INSERT INTO events_fts (events_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 6,
    description: 'events indexed in list order (undated last, then by start day): event lists stop after their page',
    sql: `
      -- Without it an event list sorted every event of the store (hundreds of ms at 20,000 articles).
      CREATE INDEX IF NOT EXISTS events_by_order ON events (date_start IS NULL, date_start);
    `,
  },
];

/** From this version on, event lists walk events_by_order instead of sorting. */
export const EVENT_ORDER_VERSION = 6;

/** From this version on, entity lists and searches read the per-entity summary rows. */
export const ENTITY_SUMMARY_VERSION = 3;

/** From this version on, name and evidence filters use the trigram indexes (older files: scans). */
export const INDEXED_NAMES_VERSION = 2;

/** The per-article entity name indexes of versions 1–3, filled from the rows (tests write older files with it). */
export const ENTITY_ROW_INDEXES_SQL = `
  CREATE VIRTUAL TABLE entities_fts USING fts5 (names, content = 'entities', content_rowid = 'rid', ${FTS_TOKENIZER});
  INSERT INTO entities_fts (entities_fts) VALUES ('rebuild');
  CREATE VIRTUAL TABLE entity_keys_fts USING fts5 (name_keys, content = 'entities', content_rowid = 'rid', ${TRIGRAM_TOKENIZER});
  INSERT INTO entity_keys_fts (entity_keys_fts) VALUES ('rebuild');
  CREATE INDEX entities_by_key ON entities (entity_key);
`;

/** From this version on, events_fts indexes words (before: trigrams). */
export const EVENT_WORDS_VERSION = 5;

/** From this version on, the per-article entity rows have no name indexes (entities_fts, entity_keys_fts). */
export const UNINDEXED_ENTITY_ROWS_VERSION = 4;

export const SCHEMA_VERSION = migrations[migrations.length - 1].version;

/**
 * Brings the file's schema up to date and returns the version it has; refuses a file written by
 * a newer version. Read-only, an older file is left as it is (the store then scans where a newer
 * schema has an index: slower, same answers); opening it read-write once upgrades it.
 */
export function migrate(db: Database.Database, file: string, readonly = false): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`${file}: this store was written by a newer Vigie (schema version ${current}); this Vigie reads schema version ${SCHEMA_VERSION} at most. Upgrade Vigie to open it.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (!pending.length) return current;
  if (readonly && current === 0) throw new Error(`${file}: not a Vigie store yet (no schema); open it once read-write (e.g. vigie ingest) to create it`);
  if (readonly) return current;
  for (const m of pending) {
    db.transaction(() => {
      // Another process may have applied it while this one waited for the write lock.
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return SCHEMA_VERSION;
}
