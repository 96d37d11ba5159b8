// The SQLite store (better-sqlite3): one file, WAL so readers (serve) read while ingest writes,
// whole articles per transaction (one, or a batch from a bulk ingest: putPrepared) so a killed
// process never leaves half an article. synchronous = NORMAL under WAL: a committed transaction
// survives a killed process (kill -9); only a power cut may lose the last commits, never corrupt.
import Database from 'better-sqlite3';
import { toJSON, type Document, type Entity, type EventRecord, type Quote } from '../../core/document.ts';
import { foldForm, nameKey } from '../../core/normalize.ts';
import { buildTimeline, type Timeline, type TimelineDoc, type TimelineEvent, type TimelineFilter } from '../../timeline/index.ts';
import { dayToISO, timexRange } from '../../timeline/dates.ts';
import {
  pageOf, type ContractDocument, type TimelinePage, type DocumentFilter, type DocumentSummary, type EntityFilter, type EventFilter,
  type Listing, type Page, type PutResult, type QuoteFilter, type SearchResult, type Store, type StoreStats,
  type StoredEntity, type StoredEvent, type StoredQuote,
} from '../types.ts';
import { TimelineIndex } from '../timeline-index.ts';
import { SearchService } from '../search-service.ts';
import { TimelineService, type TimelineJSONPage } from '../timeline-service.ts';
import { timelineEventJSON } from '../timeline-view.ts';
import { Lru } from '../lru.ts';
import { searchWords, snippet } from '../snippet.ts';
import { prepareDocument, type PreparedDocument } from '../prepare.ts';
import { ENTITY_SUMMARY_VERSION, EVENT_ORDER_VERSION, EVENT_WORDS_VERSION, INDEXED_NAMES_VERSION, migrate, SCHEMA_VERSION, UNINDEXED_ENTITY_ROWS_VERSION } from './schema.ts';

export interface SqliteStoreOptions {
  /** Open without writing (a reader next to a running ingest). */
  readonly?: boolean;
  /** How long to wait for a lock held by another process, ms (default 5000). */
  busyTimeout?: number;
}

type Row = Record<string, unknown>;

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** A substring as a trigram FTS5 phrase, or null when too short for trigrams (< 3 characters). */
function trigramPhrase(text: string, column?: string): string | null {
  if ([...text].length < 3) return null;
  const phrase = `"${text.replace(/"/g, '""')}"`;
  return column ? `${column} : ${phrase}` : phrase;
}

/**
 * A text as an FTS5 phrase over a word index, its last word also matching longer words ("genè"
 * finds "genève"), or null when it has no word.
 */
function wordPhrase(text: string, column?: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const phrase = `"${words.join(' ')}"*`;
  return column ? `${column} : ${phrase}` : phrase;
}

/** User words as an FTS5 query: every word must appear (accents, case and punctuation ignored). */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

function isoBound(value: string | undefined, which: 'start' | 'end', label: string): string | null {
  if (!value) return null;
  const r = timexRange(value);
  if (!r) throw new Error(`${label} ${value}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return dayToISO(which === 'start' ? r.start : r.end);
}

function listParam(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function asContract(doc: Document | ContractDocument): ContractDocument {
  return ('raw' in doc ? toJSON(doc as Document) : doc) as unknown as ContractDocument;
}

/** A fused event from the JSON of its whole view (src/store/timeline-view.ts): the event without the view's counts. */
function eventOfView(json: string): TimelineEvent {
  const { mentionCount, sourceCount, ...event } = JSON.parse(json) as TimelineEvent & { mentionCount: number; sourceCount: number };
  return event;
}

/** What a batch adds to one entity's summary row (name, type and aliases of its first row). */
interface EntitySummaryDelta { name: string; type: string; aliases: string; names: string; nameKeys: string; documents: number; mentions: number }

/** Matching rowids in answer order, read to a depth; `complete` when every match was read. */
interface Ranked { rids: number[]; depth: number; complete: boolean }

/** A search kept per data version and query; its lists are read deeper when a later page needs it. */
interface SearchAnswer {
  /** Every entity whose names match, most articles first. */
  entities: StoredEntity[];
  /** The entities whose articles and quotes match too. */
  keys: string[];
  documents: Ranked | null;
  quotes: Ranked | null;
  summaries: Map<number, DocumentSummary>;
  quoteItems: Map<number, StoredQuote>;
}

/** How many of the most widely named matching entities bring their articles and quotes into a search. */
const SEARCH_ENTITY_KEYS = 32;

/** Lists are read in steps (200, 400, 800…), so the usual pages of a query cost one read. */
function searchDepth(need: number, before: Ranked | null): number {
  return Math.max(200, 2 ** Math.ceil(Math.log2(need + 1)), 2 * (before?.depth ?? 0));
}

/** The `depth` largest distinct rowids of several lists, largest first (a numeric sort, no comparator). */
function newestDistinct(lists: number[][], depth: number): number[] {
  let n = 0;
  for (const l of lists) n += l.length;
  const all = new Float64Array(n);
  let k = 0;
  for (const l of lists) for (const x of l) all[k++] = x;
  all.sort();
  const out: number[] = [];
  for (let i = n - 1; i >= 0 && out.length < depth; i--) if (i === n - 1 || all[i] !== all[i + 1]) out.push(all[i]);
  return out;
}

function deepEnough(ranked: Ranked | null, need: number): ranked is Ranked {
  return !!ranked && (ranked.complete || ranked.rids.length >= need);
}

export class SqliteStore implements Store {
  readonly file: string;
  readonly db: Database.Database;
  private readonly stmt: Record<string, Database.Statement>;
  /** Inserts into the trigram index of events (null on an older file opened read-only). */
  private readonly indexStmt: { events: Database.Statement } | null;
  /** Stores prepared articles in one transaction: whole articles only, never part of one. */
  private readonly storeAll: (docs: PreparedDocument[]) => PutResult[];
  /** Every fused event (undated too) for one data version, indexed: a timeline query costs about its answer. */
  private fused: { version: string; index: TimelineIndex } | null = null;
  /** The schema version of the file (older, read-only files have no trigram indexes: filters scan). */
  private readonly schemaVersion: number;
  private readonly indexedNames: boolean;
  /** Upserts into the per-entity summary (null on an older file opened read-only: lists group rows). */
  private readonly summaryStmt: { upsert: Database.Statement; names: Database.Statement; keys: Database.Statement } | null;
  /** The statements of a search through the entity summary, prepared once (null without the summary). */
  private readonly searchStmt: Record<'entities' | 'documents' | 'documentsByEntity' | 'quotes' | 'quotesBySpeaker', Database.Statement> | null;
  /** Recent searches per data version and query: the pages of one query are slices of one answer. */
  private readonly searches = new Lru<string, SearchAnswer>(256);
  /** Set by `fuseInBackground`: the timeline kept, answered and fused anew in worker threads. */
  private service: TimelineService | null = null;
  /** Set by `fuseInBackground` too: searches answered in a worker thread of their own. */
  private searcher: SearchService | null = null;
  /** Data version cache: recomputed only when SQLite says another connection committed or this one stored. */
  private versionSeen: { pragma: number; writes: number; value: string } | null = null;
  private writes = 0;

  constructor(file = './vigie.db', options: SqliteStoreOptions = {}) {
    this.file = file;
    this.db = new Database(file, { readonly: !!options.readonly, fileMustExist: !!options.readonly });
    this.db.pragma(`busy_timeout = ${options.busyTimeout ?? 5000}`);
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a commit survives a killed process (not a power cut), and stays fast.
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    try {
      this.schemaVersion = migrate(this.db, file, !!options.readonly);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.indexedNames = this.schemaVersion >= INDEXED_NAMES_VERSION;
    const p = (sql: string) => this.db.prepare(sql);
    this.stmt = {
      has: p('SELECT 1 FROM documents WHERE id = ?'),
      // Positional parameters in the column order of the tuples of ../prepare.ts.
      insertDoc: p(`INSERT INTO documents (id, source_name, source_path, source_url, title, text, published, published_day, outlet,
        n_entities, n_mentions, n_timexes, n_quotes, n_events, json, stored_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      docFts: p('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insertEntity: p(`INSERT INTO entities (doc, entity_id, entity_key, name, type, subtype, aliases, names, name_keys, actor_entity, country, n_mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertMention: p('INSERT INTO mentions (doc, entity_id, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, ?)'),
      insertTimex: p('INSERT INTO timexes (doc, start, "end", text, type, value) VALUES (?, ?, ?, ?, ?, ?)'),
      insertQuote: p(`INSERT INTO quotes (doc, seq, start, text, speaker_entity, speaker, speaker_keys, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      quoteFts: p('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
      insertEvent: p(`INSERT INTO events (doc, seq, id, type, mode, status, date_value, date_start, date_end, place_entity, place_keys,
        actor_entities, actor_keys, evidence_key, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      getDoc: p('SELECT text, json FROM documents WHERE id = ?'),
      summary: p(`SELECT d.id, d.source_name, d.source_path, d.source_url, d.title, d.published, d.outlet, d.n_events, d.n_quotes, d.text
        FROM documents d WHERE d.rid = ?`),
      searchQuote: p('SELECT q.json, d.id AS doc, d.source_name, d.published FROM quotes q JOIN documents d ON d.rid = q.doc WHERE q.rid = ?'),
      version: p('SELECT count(*) AS n, max(rid) AS last FROM documents'),
      // Asked before every answer: prepared once (db.pragma() prepares it at each call).
      dataVersion: p('PRAGMA data_version').pluck(),
    };
    this.indexStmt = this.indexedNames ? {
      events: p(`INSERT INTO events_fts (rowid, evidence_key, actor_entities, actor_keys, place_keys)
        VALUES (?, ?, ?, ?, ?)`),
    } : null;
    this.summaryStmt = this.schemaVersion >= ENTITY_SUMMARY_VERSION ? {
      // documents equal to the batch's count after the statement: the entity is new, its names go into the indexes.
      upsert: p(`INSERT INTO entity_summary (id, name, type, aliases, names, name_keys, documents, mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET documents = documents + excluded.documents, mentions = mentions + excluded.mentions
        RETURNING rid, documents`),
      names: p('INSERT INTO entity_summary_fts (rowid, names) VALUES (?, ?)'),
      keys: p('INSERT INTO entity_summary_keys_fts (rowid, name_keys) VALUES (?, ?)'),
    } : null;
    this.searchStmt = this.summaryStmt ? {
      entities: p(`SELECT s.id, s.name, s.type, s.aliases, s.documents, s.mentions FROM entity_summary s
        WHERE s.rid IN (SELECT rowid FROM entity_summary_fts WHERE entity_summary_fts MATCH ?)
        ORDER BY s.documents DESC, s.name, s.id`),
      documents: p('SELECT rowid AS rid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck(),
      documentsByEntity: p('SELECT doc AS rid FROM entities INDEXED BY entities_by_key_doc WHERE entity_key = ? ORDER BY doc DESC LIMIT ?').pluck(),
      quotes: p(`SELECT q.rid, q.doc FROM quotes q
        WHERE q.rid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?)`).raw(),
      quotesBySpeaker: p('SELECT rid, doc FROM quotes INDEXED BY quotes_by_speaker WHERE speaker_entity = ? ORDER BY rid DESC LIMIT ?').raw(),
    } : null;
    this.storeAll = this.db.transaction((docs: PreparedDocument[]) => {
      const summaries = new Map<string, EntitySummaryDelta>();
      const results = docs.map((d) => this.insert(d, summaries));
      this.upsertSummaries(summaries);
      return results;
    });
  }

  /** Writes one prepared article (inside a transaction); an id already stored is left as it is. */
  private insert(doc: PreparedDocument, summaries: Map<string, EntitySummaryDelta>): PutResult {
    if (this.stmt.has.get(doc.id)) return { id: doc.id, status: 'unchanged' };
    const d = doc.document;
    const docRid = Number(this.stmt.insertDoc.run(doc.id, ...d, new Date().toISOString()).lastInsertRowid);
    this.stmt.docFts.run(docRid, d[3] ?? '', d[4]);
    for (const e of doc.entities) {
      this.stmt.insertEntity.run(docRid, ...e);
      const [, key, name, type, , aliases, names, nameKeys, , , mentions] = e;
      // An entity appears once per article (ids are unique in one), so this counts its articles.
      const delta = summaries.get(key);
      if (delta) { delta.documents++; delta.mentions += mentions; }
      else summaries.set(key, { name, type, aliases, names, nameKeys, documents: 1, mentions });
    }
    for (const m of doc.mentions) this.stmt.insertMention.run(docRid, ...m);
    for (const t of doc.timexes) this.stmt.insertTimex.run(docRid, ...t);
    for (const q of doc.quotes) {
      const rid = Number(this.stmt.insertQuote.run(docRid, ...q).lastInsertRowid);
      this.stmt.quoteFts.run(rid, q[2], q[4]);
    }
    for (const ev of doc.events) {
      const rid = Number(this.stmt.insertEvent.run(docRid, ...ev).lastInsertRowid);
      this.indexStmt?.events.run(rid, ev[12], ev[10], ev[11], ev[9]);
    }
    return { id: doc.id, status: 'stored' };
  }

  /** One upsert per entity of a batch (the same people recur across its articles); a new entity's names are indexed. */
  private upsertSummaries(summaries: Map<string, EntitySummaryDelta>): void {
    if (!this.summaryStmt) return;
    for (const [key, s] of summaries) {
      const row = this.summaryStmt.upsert.get(key, s.name, s.type, s.aliases, s.names, s.nameKeys, s.documents, s.mentions) as { rid: number; documents: number };
      if (row.documents === s.documents) {
        this.summaryStmt.names.run(row.rid, s.names);
        this.summaryStmt.keys.run(row.rid, s.nameKeys);
      }
    }
  }

  async putDocument(doc: Document | ContractDocument): Promise<PutResult> {
    const json = asContract(doc);
    if (!json.id) throw new Error('document has no id (analyse it first)');
    // An id already stored costs one lookup: no rows are built for it.
    if (this.stmt.has.get(json.id)) return { id: json.id, status: 'unchanged' };
    return (await this.putPrepared([prepareDocument(json)]))[0];
  }

  /**
   * Stores articles prepared by `prepareDocument` (e.g. in analysis workers) in ONE transaction:
   * cheaper per article than one each (the full-text indexes are flushed once), and a killed
   * process still leaves whole articles only. If one fails, none of the batch is stored.
   */
  async putPrepared(docs: PreparedDocument[]): Promise<PutResult[]> {
    if (!docs.length) return [];
    const results = this.storeAll(docs);
    const stored = results.filter((r) => r.status === 'stored').length;
    if (stored) {
      this.writes += stored;
      this.service?.refresh(await this.dataVersion());
    }
    return results;
  }

  async hasDocument(id: string): Promise<boolean> {
    return !!this.stmt.has.get(id);
  }

  async getDocument(id: string): Promise<ContractDocument | null> {
    const row = this.stmt.getDoc.get(id) as { text: string; json: string } | undefined;
    if (!row) return null;
    const { id: docId, source, meta, ...rest } = JSON.parse(row.json) as Omit<ContractDocument, 'text'>;
    // Contract key order: id, source, meta, text, then the layers.
    return { id: docId, source, meta, text: row.text, ...rest } as ContractDocument;
  }

  /** A summary; with search words, the snippet of the text around them (src/store/snippet.ts). */
  private summary(r: Row, words?: string[]): DocumentSummary {
    const s: DocumentSummary = {
      id: r.id as string,
      source: { name: r.source_name as string, path: (r.source_path as string) ?? null, url: (r.source_url as string) ?? null },
      title: (r.title as string) ?? null,
      published: (r.published as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      events: r.n_events as number,
      quotes: r.n_quotes as number,
    };
    const found = words && typeof r.text === 'string' ? snippet(r.text, words) : undefined;
    if (found !== undefined) s.snippet = found;
    return s;
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<Listing<DocumentSummary>> {
    const { limit, offset } = pageOf(filter);
    const where: string[] = [], params: unknown[] = [];
    const from = isoBound(filter.from, 'start', 'from'), to = isoBound(filter.to, 'end', 'to');
    if (from) { where.push('d.published_day >= ?'); params.push(from); }
    if (to) { where.push('d.published_day <= ?'); params.push(to); }
    const cols = 'd.id, d.source_name, d.source_path, d.source_url, d.title, d.published, d.outlet, d.n_events, d.n_quotes';
    if (filter.q !== undefined) {
      const match = ftsQuery(filter.q);
      if (!match) return { total: 0, items: [] };
      const w = where.length ? ' AND ' + where.join(' AND ') : '';
      const base = `FROM documents_fts f JOIN documents d ON d.rid = f.rowid WHERE documents_fts MATCH ?${w}`;
      const total = (this.db.prepare(`SELECT count(*) AS n ${base}`).get(match, ...params) as { n: number }).n;
      const rows = this.db.prepare(`SELECT ${cols}, d.text ${base}
        ORDER BY bm25(documents_fts), d.id LIMIT ? OFFSET ?`).all(match, ...params, limit, offset) as Row[];
      const words = searchWords(filter.q);
      return { total, items: rows.map((r) => this.summary(r, words)) };
    }
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM documents d ${w}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT ${cols} FROM documents d ${w}
      ORDER BY d.published_day IS NULL, d.published_day DESC, d.id LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.summary(r)) };
  }

  async listEvents(filter: EventFilter = {}): Promise<Listing<StoredEvent>> {
    const { limit, offset } = pageOf(filter);
    const where: string[] = [], params: unknown[] = [];
    const from = isoBound(filter.from, 'start', 'from'), to = isoBound(filter.to, 'end', 'to');
    if (from) { where.push('e.date_end >= ?'); params.push(from); }
    if (to) { where.push('e.date_start <= ?'); params.push(to); }
    const types = listParam(filter.type).map((t) => t.toUpperCase());
    if (types.length) { where.push(`e.type IN (${types.map(() => '?').join(',')})`); params.push(...types); }
    const statuses = listParam(filter.status).map((s) => s.toLowerCase());
    if (statuses.length) { where.push(`e.status IN (${statuses.map(() => '?').join(',')})`); params.push(...statuses); }
    if (filter.actor) {
      // The trigram index narrows to the candidate rows; the LIKE decides (exact, case-sensitive ids).
      const key = nameKey(filter.actor);
      const match = this.eventMatch([this.eventPhrase(`|${filter.actor}|`, 'actor_entities'), this.eventPhrase(key, 'actor_keys')]);
      if (match) { where.push('e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)'); params.push(match); }
      where.push(`(e.actor_entities LIKE ? ESCAPE '\\' OR e.actor_keys LIKE ? ESCAPE '\\')`);
      params.push(`%|${likeEscape(filter.actor)}|%`, `%${likeEscape(key)}%`);
    }
    if (filter.place) {
      const key = nameKey(filter.place);
      const match = this.eventMatch([this.eventPhrase(key, 'place_keys')]);
      if (match) {
        where.push('(e.place_entity = ? OR e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?))');
        params.push(filter.place, match);
      }
      where.push(`(e.place_entity = ? OR e.place_keys LIKE ? ESCAPE '\\')`);
      params.push(filter.place, `%${likeEscape(key)}%`);
    }
    if (filter.q) {
      const needle = foldForm(filter.q).trim();
      const match = this.eventMatch([this.eventPhrase(needle, 'evidence_key')]);
      if (match) { where.push('e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)'); params.push(match); }
      where.push(`instr(e.evidence_key, ?) > 0`);
      params.push(needle);
    }
    if (filter.doc) { where.push('d.id = ?'); params.push(filter.doc); }
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    // Filters the full-text index narrows (actor, place, q) or one article leave few rows to sort;
    // otherwise the events are walked in list order and the page stops early.
    const walk = this.schemaVersion >= EVENT_ORDER_VERSION && !filter.actor && !filter.place && filter.q === undefined && !filter.doc;
    const base = walk ? `FROM events e INDEXED BY events_by_order CROSS JOIN documents d ON d.rid = e.doc ${w}` : `FROM events e JOIN documents d ON d.rid = e.doc ${w}`;
    const countBase = walk && !where.some((c) => c.includes('d.')) ? `FROM events e ${w}` : base;
    const total = (this.db.prepare(`SELECT count(*) AS n ${countBase}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT e.json, d.id AS doc, d.source_name, d.published ${base}
      ORDER BY e.date_start IS NULL, e.date_start, e.date_end, d.id, e.seq LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return {
      total,
      items: rows.map((r) => ({ ...(JSON.parse(r.json as string) as EventRecord), doc: r.doc as string, source: r.source_name as string, published: (r.published as string) ?? null })),
    };
  }

  /** A phrase for events_fts: words from version 5 on, trigrams before (older files opened read-only). */
  private eventPhrase(text: string, column: string): string | null {
    return this.schemaVersion >= EVENT_WORDS_VERSION ? wordPhrase(text, column) : trigramPhrase(text, column);
  }

  /**
   * A query over events_fts matching any of the phrases, or null when it cannot narrow
   * (an older file, or a phrase with no word or too short for trigrams: that alternative could match any row).
   */
  private eventMatch(phrases: (string | null)[]): string | null {
    if (!this.indexedNames || phrases.some((p) => p === null)) return null;
    return phrases.join(' OR ');
  }

  private quoteRows(where: string[], params: unknown[], page: Page, joinFts = false): Listing<StoredQuote> {
    const { limit, offset } = pageOf(page);
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    // Without a text match, articles are walked in the order of the recency index and each one's
    // quotes read in order: the page stops early instead of sorting every quote of the store.
    // (Version 1 files, opened read-only, have no recency index: they sort.)
    const base = joinFts
      ? `FROM quotes q JOIN documents d ON d.rid = q.doc JOIN quotes_fts f ON f.rowid = q.rid ${w}`
      : this.indexedNames ? `FROM documents d INDEXED BY documents_by_recency CROSS JOIN quotes q ON q.doc = d.rid ${w}`
        : `FROM quotes q JOIN documents d ON d.rid = q.doc ${w}`;
    // A count that needs no article column reads the quotes alone.
    const countBase = !joinFts && !where.some((c) => c.includes('d.')) ? `FROM quotes q ${w}` : base;
    const total = (this.db.prepare(`SELECT count(*) AS n ${countBase}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT q.json, d.id AS doc, d.source_name, d.published ${base}
      ORDER BY d.published_day IS NULL, d.published_day DESC, d.id, q.seq LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return {
      total,
      items: rows.map((r) => ({ ...(JSON.parse(r.json as string) as Quote), doc: r.doc as string, source: r.source_name as string, published: (r.published as string) ?? null })),
    };
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Listing<StoredQuote>> {
    const where: string[] = [], params: unknown[] = [];
    let fts = false;
    if (filter.speaker) {
      where.push(`(q.speaker_entity = ? OR q.speaker_keys LIKE ? ESCAPE '\\')`);
      params.push(filter.speaker, `%${likeEscape(nameKey(filter.speaker))}%`);
    }
    if (filter.q !== undefined) {
      const match = ftsQuery(filter.q);
      if (!match) return { total: 0, items: [] };
      where.push('quotes_fts MATCH ?');
      params.push(match);
      fts = true;
    }
    const from = isoBound(filter.from, 'start', 'from'), to = isoBound(filter.to, 'end', 'to');
    if (from) { where.push('d.published_day >= ?'); params.push(from); }
    if (to) { where.push('d.published_day <= ?'); params.push(to); }
    if (filter.doc) { where.push('d.id = ?'); params.push(filter.doc); }
    return this.quoteRows(where, params, filter, fts);
  }

  private entityRows(where: string[], params: unknown[], page: Page): Listing<StoredEntity> {
    const { limit, offset } = pageOf(page);
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(DISTINCT x.entity_key) AS n FROM entities x JOIN documents d ON d.rid = x.doc ${w}`).get(...params) as { n: number }).n;
    // Name, type and aliases come from the entity's first stored row.
    const rows = this.db.prepare(`WITH g AS (
        SELECT x.entity_key AS id, min(x.rid) AS first, count(DISTINCT x.doc) AS documents, sum(x.n_mentions) AS mentions
        FROM entities x JOIN documents d ON d.rid = x.doc ${w} GROUP BY x.entity_key)
      SELECT g.id, g.documents, g.mentions, e.name, e.type, e.aliases FROM g JOIN entities e ON e.rid = g.first
      ORDER BY g.documents DESC, e.name, g.id LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return {
      total,
      items: rows.map((r) => ({
        id: r.id as string, name: r.name as string, type: r.type as StoredEntity['type'], aliases: JSON.parse(r.aliases as string),
        documents: r.documents as number, mentions: r.mentions as number,
      })),
    };
  }

  private storedEntity(r: Row): StoredEntity {
    return {
      id: r.id as string, name: r.name as string, type: r.type as StoredEntity['type'], aliases: JSON.parse(r.aliases as string),
      documents: r.documents as number, mentions: r.mentions as number,
    };
  }

  /** Entities from their summary rows: cost about the matches (the order is the summary's index). */
  private summaryEntities(filter: EntityFilter): Listing<StoredEntity> {
    const { limit, offset } = pageOf(filter);
    const where: string[] = [], params: unknown[] = [];
    if (filter.q) {
      const key = nameKey(filter.q);
      const match = trigramPhrase(key);
      if (match) { where.push('s.rid IN (SELECT rowid FROM entity_summary_keys_fts WHERE entity_summary_keys_fts MATCH ?)'); params.push(match); }
      where.push(`s.name_keys LIKE ? ESCAPE '\\'`);
      params.push(`%${likeEscape(key)}%`);
    }
    if (filter.type) { where.push('s.type = ?'); params.push(filter.type); }
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM entity_summary s ${w}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT s.id, s.name, s.type, s.aliases, s.documents, s.mentions FROM entity_summary s ${w}
      ORDER BY s.documents DESC, s.name, s.id LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.storedEntity(r)) };
  }

  async listEntities(filter: EntityFilter = {}): Promise<Listing<StoredEntity>> {
    // One article's entities count in that article only: they come from its rows.
    if (this.summaryStmt && !filter.doc) return this.summaryEntities(filter);
    const where: string[] = [], params: unknown[] = [];
    if (filter.q) {
      const key = nameKey(filter.q);
      // Files from schema 2 and 3 have a trigram index over the article rows; newer ones scan one article's rows.
      const match = this.indexedNames && this.schemaVersion < UNINDEXED_ENTITY_ROWS_VERSION ? trigramPhrase(key) : null;
      if (match) { where.push('x.rid IN (SELECT rowid FROM entity_keys_fts WHERE entity_keys_fts MATCH ?)'); params.push(match); }
      where.push(`x.name_keys LIKE ? ESCAPE '\\'`);
      params.push(`%${likeEscape(key)}%`);
    }
    if (filter.type) { where.push('x.type = ?'); params.push(filter.type); }
    if (filter.doc) { where.push('d.id = ?'); params.push(filter.doc); }
    return this.entityRows(where, params, filter);
  }

  /**
   * Full-text search. Articles come most recently stored first and quotes by article the same way
   * (then by position): both are read newest first from the full-text indexes and stop after the
   * page, and the answer is kept per data version and query so its other pages are slices.
   */
  async search(q: string, page: Page = {}): Promise<SearchResult> {
    if (this.searcher?.available) return this.searcher.search(q, page);
    const match = ftsQuery(q);
    if (!match) return { documents: [], quotes: [], entities: [] };
    if (!this.searchStmt) return this.searchByRows(q, match, page);
    const { limit, offset } = pageOf(page);
    const key = `${await this.dataVersion()}\n${foldForm(match)}`;
    let answer = this.searches.get(key);
    if (!answer) {
      const entities = (this.searchStmt!.entities.all(match) as Row[]).map((r) => this.storedEntity(r));
      // Articles and quotes of the entities named most widely also match ("Putin" finds "Poutine").
      const keys = entities.slice(0, SEARCH_ENTITY_KEYS).map((e) => e.id);
      answer = { entities, keys, documents: null, quotes: null, summaries: new Map(), quoteItems: new Map() };
      this.searches.set(key, answer);
    }
    const need = offset + limit;
    if (!deepEnough(answer.documents, need)) answer.documents = this.searchDocuments(match, answer.keys, searchDepth(need, answer.documents));
    if (!deepEnough(answer.quotes, need)) answer.quotes = this.searchQuotes(match, answer.keys.filter((k) => !k.includes('/')), searchDepth(need, answer.quotes));
    const words = searchWords(q);
    const documents = answer.documents.rids.slice(offset, need).map((rid) => {
      let s = answer.summaries.get(rid);
      if (!s) answer.summaries.set(rid, (s = this.summary(this.stmt.summary.get(rid) as Row, words)));
      return s;
    });
    const quotes = answer.quotes.rids.slice(offset, need).map((rid) => {
      let item = answer.quoteItems.get(rid);
      if (!item) answer.quoteItems.set(rid, (item = this.storedQuote(this.stmt.searchQuote.get(rid) as Row)));
      return item;
    });
    return { documents, quotes, entities: answer.entities.slice(offset, need) };
  }

  async warmUp(budgetMs = 300): Promise<void> {
    if (!this.summaryStmt) return;
    // The names most articles cite: searches that find articles, quotes and entities, as real ones do.
    const names = (this.db.prepare('SELECT name FROM entity_summary ORDER BY documents DESC LIMIT 12').pluck().all() as string[]);
    const start = performance.now();
    for (let round = 0; round < 20 && performance.now() - start < budgetMs; round++) {
      for (const name of names) for (const offset of [0, 20]) await this.search(name, { limit: 20, offset });
      this.searches.clear();
    }
  }

  /** The first `depth` matching articles, newest stored first: the text matches, and the articles naming one of the entities. */
  private searchDocuments(match: string, keys: string[], depth: number): Ranked {
    const lists = [this.searchStmt!.documents.all(match, depth) as number[]];
    for (const key of keys) lists.push(this.searchStmt!.documentsByEntity.all(key, depth) as number[]);
    return { rids: newestDistinct(lists, depth), depth, complete: lists.every((l) => l.length < depth) };
  }

  /**
   * The first matching quotes (text or speaker names, or said by one of the entities), articles
   * newest stored first, then position. Read newest first; when a source may hold more, the last
   * article reached is left out (its earlier quotes may not have been read).
   */
  private searchQuotes(match: string, speakers: string[], depth: number): Ranked {
    // Rows as [rid, doc] pairs: thousands of them for a name many people share.
    const lists = [this.searchStmt!.quotes.all(match, depth) as [number, number][]];
    for (const id of speakers) lists.push(this.searchStmt!.quotesBySpeaker.all(id, depth) as [number, number][]);
    const complete = lists.every((l) => l.length < depth);
    const docOf = new Map<number, number>();
    for (const l of lists) for (const [rid, doc] of l) docOf.set(rid, doc);
    let rows = newestDistinct(lists.map((l) => l.map((r) => r[0])), depth).map((rid) => ({ rid, doc: docOf.get(rid)! }));
    if (!complete && rows.length) {
      const partial = rows[rows.length - 1].doc;
      const whole = rows.filter((r) => r.doc !== partial);
      if (whole.length) rows = whole;
    }
    rows.sort((a, b) => b.doc - a.doc || a.rid - b.rid);
    return { rids: rows.map((r) => r.rid), depth, complete };
  }

  /** Search on files without the entity summary (older, read-only): matches grouped from the article rows. */
  private async searchByRows(q: string, match: string, page: Page): Promise<SearchResult> {
    const { limit, offset } = pageOf(page);
    // Entities whose name or an alias matches: "Putin" finds Vladimir Poutine.
    const keys = (this.db.prepare(`SELECT DISTINCT x.entity_key FROM entities_fts f JOIN entities x ON x.rid = f.rowid
      WHERE entities_fts MATCH ? LIMIT 200`).all(match) as { entity_key: string }[]).map((r) => r.entity_key);
    const inKeys = keys.length ? `x.entity_key IN (${keys.map(() => '?').join(',')})` : '0';
    const entities = keys.length ? this.entityRows([inKeys], keys, { limit, offset }).items : [];
    const entityIds = keys.filter((k) => !k.includes('/'));
    if (this.indexedNames) {
      // Newest first, walking the recency index until the page is full (no ranking of every match).
      const docRows = this.db.prepare(`SELECT d.rid FROM documents d INDEXED BY documents_by_recency
        WHERE d.rid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) OR d.rid IN (SELECT x.doc FROM entities x WHERE ${inKeys})
        ORDER BY d.published_day IS NULL, d.published_day DESC, d.id LIMIT ? OFFSET ?`).all(match, ...keys, limit, offset) as { rid: number }[];
      const quoteRows = this.db.prepare(`SELECT q.json, d.id AS doc, d.source_name, d.published
        FROM documents d INDEXED BY documents_by_recency CROSS JOIN quotes q ON q.doc = d.rid
        WHERE q.rid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)${entityIds.length ? ` OR q.speaker_entity IN (${entityIds.map(() => '?').join(',')})` : ''}
        ORDER BY d.published_day IS NULL, d.published_day DESC, d.id, q.seq LIMIT ? OFFSET ?`).all(match, ...entityIds, limit, offset) as Row[];
      return { documents: this.summaries(docRows, q), quotes: quoteRows.map((r) => this.storedQuote(r)), entities };
    }
    const docRows = this.db.prepare(`
      SELECT rid, rank FROM (
        SELECT f.rowid AS rid, bm25(documents_fts) AS rank FROM documents_fts f WHERE documents_fts MATCH ?
        UNION ALL
        SELECT x.doc AS rid, 1e9 AS rank FROM entities x WHERE ${inKeys}
      ) GROUP BY rid ORDER BY min(rank), rid LIMIT ? OFFSET ?`).all(match, ...keys, limit, offset) as { rid: number }[];
    const documents = this.summaries(docRows, q);
    const quoteWhere = [`(q.rid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)${entityIds.length ? ` OR q.speaker_entity IN (${entityIds.map(() => '?').join(',')})` : ''})`];
    const quotes = this.quoteRows(quoteWhere, [match, ...entityIds], { limit, offset }).items;
    return { documents, quotes, entities };
  }

  /** Summaries of documents by rowid, with the snippet of the words searched. */
  private summaries(rows: { rid: number }[], q: string): DocumentSummary[] {
    const words = searchWords(q);
    return rows.map((r) => this.summary(this.stmt.summary.get(r.rid) as Row, words));
  }

  private storedQuote(r: Row): StoredQuote {
    return { ...(JSON.parse(r.json as string) as Quote), doc: r.doc as string, source: r.source_name as string, published: (r.published as string) ?? null };
  }

  /** The stored articles in the shape the timeline reads (events and the entities they name). */
  private timelineDocs(): TimelineDoc[] {
    const docs = new Map<number, TimelineDoc>();
    const rows = this.db.prepare(`SELECT e.doc AS rid, d.id, d.source_name, d.published, e.json FROM events e JOIN documents d ON d.rid = e.doc ORDER BY d.id, e.seq`).iterate() as Iterable<Row>;
    for (const r of rows) {
      let doc = docs.get(r.rid as number);
      if (!doc) docs.set(r.rid as number, (doc = { id: r.id as string, source: { name: r.source_name as string }, meta: { published: (r.published as string) ?? null }, entities: [], events: [] }));
      doc.events.push(JSON.parse(r.json as string));
    }
    const entities = this.db.prepare(`SELECT x.doc AS rid, x.entity_id, x.name, x.type, x.subtype, x.aliases, x.actor_entity, x.country
      FROM entities x WHERE x.doc IN (SELECT DISTINCT doc FROM events) ORDER BY x.doc, x.rid`).iterate() as Iterable<Row>;
    for (const r of entities) {
      docs.get(r.rid as number)?.entities!.push({
        id: r.entity_id as string, name: r.name as string, type: r.type as string, subtype: (r.subtype as string) ?? null,
        aliases: JSON.parse(r.aliases as string), actor: r.actor_entity ? { entity: r.actor_entity as string, name: '' } : null,
        country: (r.country as string) ?? null,
      });
    }
    return [...docs.values()];
  }

  /** Articles are only added, each with a new rowid; the count guards against a removal. */
  private contentVersion(): string {
    const r = this.stmt.version.get() as { n: number; last: number | null };
    return `${r.n}:${r.last ?? 0}`;
  }

  /**
   * `<documents>:<last rowid>`. SQLite's data_version changes when another connection commits,
   * this store counts its own writes: the two count queries run only after a change.
   */
  async dataVersion(): Promise<string> {
    const pragma = this.stmt.dataVersion.get() as number;
    const seen = this.versionSeen;
    if (seen && seen.pragma === pragma && seen.writes === this.writes) return seen.value;
    const value = this.contentVersion();
    this.versionSeen = { pragma, writes: this.writes, value };
    return value;
  }

  /** Every stored article's events fused (undated kept), and the data version they were read at. */
  fuseTimeline(): { version: string; events: TimelineEvent[] } {
    // One read transaction: the events, the entities and the version come from the same state.
    return this.db.transaction(() => ({ version: this.contentVersion(), events: buildTimeline(this.timelineDocs(), { undated: true }).events }))();
  }

  /**
   * From now on the timeline lives in a worker thread (see TimelineService): it fuses and answers,
   * and after a change a second one fuses the new state while the first keeps answering. Until the
   * first worker is ready, a timeline already fused here keeps answering. Without it, the first
   * query after a change fuses anew in this thread and waits for it (one-shot commands, tests). A
   * store in memory has no file a worker could read: it keeps fusing in place.
   */
  fuseInBackground(): void {
    if (this.service || this.file === ':memory:' || this.file === '') return;
    this.service = new TimelineService(this.file);
    this.searcher = new SearchService(this.file);
  }

  /** The worker-kept timeline, once it answers (the one fused here is dropped then); null: answer here. */
  private async served(): Promise<TimelineService | null> {
    if (!this.service) return null;
    this.service.refresh(await this.dataVersion());
    if (this.service.version === null && this.fused) return null;
    this.fused = null;
    await this.service.ready();
    return this.service;
  }

  /** The fused timeline of the current data version, indexed here (fused again after a change). */
  private async timelineIndex(): Promise<TimelineIndex> {
    const version = await this.dataVersion();
    if (this.fused?.version !== version && !(this.service && this.fused)) {
      const { version: read, events } = this.fuseTimeline();
      this.fused = { version: read, index: new TimelineIndex(events) };
    }
    return this.fused!.index;
  }

  /**
   * The data version the timeline answers come from: the data version, except while a fusion of
   * newer data runs in a worker (then the last fusion's). Timeline answers are cached by it.
   */
  async timelineVersion(): Promise<string> {
    const version = await this.dataVersion();
    if (!this.service) return version;
    this.service.refresh(version);
    return this.service.version ?? this.fused?.version ?? version;
  }

  /**
   * The cross-article timeline. The fusion of every stored article is kept per data version, so
   * after the first call a query only looks up its index (same result as fusing anew: buildTimeline
   * fuses, orders, then applies the same filter). The events returned are shared: read only.
   */
  async getTimeline(filter: TimelineFilter = {}): Promise<Timeline> {
    const service = await this.served();
    if (service) return { events: (await service.page(filter, Infinity)).items.map(eventOfView) };
    return { events: (await this.timelineIndex()).filter(filter) };
  }

  async getTimelinePage(filter: TimelineFilter = {}): Promise<TimelinePage> {
    const { limit, offset } = pageOf(filter);
    const service = await this.served();
    if (service) {
      const { total, items } = await service.page({ ...filter, limit, offset }, Infinity);
      return { total, items: items.map(eventOfView) };
    }
    const { total, items } = (await this.timelineIndex()).page({ ...filter, limit, offset });
    return { total, items };
  }

  async getTimelinePageJSON(filter: TimelineFilter, mentions: number): Promise<TimelineJSONPage> {
    const { limit, offset } = pageOf(filter);
    const service = await this.served();
    if (service) return service.page({ ...filter, limit, offset }, mentions);
    const { total, items } = (await this.timelineIndex()).page({ ...filter, limit, offset });
    return { total, items: items.map((e) => timelineEventJSON(e, mentions)) };
  }

  async getTimelinePageBytes(filter: TimelineFilter, mentions: number): Promise<{ total: number; bytes: Uint8Array }> {
    const { limit, offset } = pageOf(filter);
    const service = await this.served();
    if (service) return service.pageBytes({ ...filter, limit, offset }, mentions);
    const { total, items } = await this.getTimelinePageJSON(filter, mentions);
    return { total, bytes: new TextEncoder().encode(items.join(',')) };
  }

  async getTimelineEvent(id: string): Promise<TimelineEvent | null> {
    const service = await this.served();
    if (service) {
      const json = await service.event(id);
      return json ? eventOfView(json) : null;
    }
    return (await this.timelineIndex()).event(id);
  }

  async getTimelineEventJSON(id: string): Promise<string | null> {
    const service = await this.served();
    if (service) return service.event(id);
    const event = (await this.timelineIndex()).event(id);
    return event && timelineEventJSON(event, Infinity);
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const span = this.db.prepare('SELECT min(published_day) AS first, max(published_day) AS last FROM documents').get() as { first: string | null; last: string | null };
    return {
      documents: count('documents'),
      entities: (this.db.prepare(this.summaryStmt ? 'SELECT count(*) AS n FROM entity_summary' : 'SELECT count(DISTINCT entity_key) AS n FROM entities').get() as { n: number }).n,
      mentions: count('mentions'),
      timexes: count('timexes'),
      quotes: count('quotes'),
      events: count('events'),
      firstPublished: span.first,
      lastPublished: span.last,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  /** Documents whose child rows do not match the counts recorded with them (should be none). */
  incompleteDocuments(): string[] {
    return (this.db.prepare(`SELECT d.id FROM documents d WHERE
      d.n_entities != (SELECT count(*) FROM entities WHERE doc = d.rid) OR
      d.n_mentions != (SELECT count(*) FROM mentions WHERE doc = d.rid) OR
      d.n_timexes != (SELECT count(*) FROM timexes WHERE doc = d.rid) OR
      d.n_quotes != (SELECT count(*) FROM quotes WHERE doc = d.rid) OR
      d.n_events != (SELECT count(*) FROM events WHERE doc = d.rid) ORDER BY d.id`).all() as { id: string }[]).map((r) => r.id);
  }

  async close(): Promise<void> {
    await Promise.all([this.service?.close(), this.searcher?.close()]);
    if (this.db.open) this.db.close();
  }
}

export { SCHEMA_VERSION };

export function openSqliteStore(file = './vigie.db', options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(file, options);
}
