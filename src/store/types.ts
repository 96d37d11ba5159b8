// The store: where analysed articles are kept and queried. SQLite now; a PostgreSQL store will
// implement the same interface (every method async) and pass the same contract tests
// (./contract.ts). Filters are shaped for the HTTP API's query strings.
import type { Document, EntityType, EventRecord, Quote } from '../core/document.ts';
import type { Timeline, TimelineEvent, TimelineFilter } from '../timeline/index.ts';
import type { PreparedDocument } from './prepare.ts';

/** A document in the contract-v1 JSON shape (what `toJSON(doc)` returns, and what the store gives back). */
export interface ContractDocument {
  id: string;
  source: { name: string; path: string | null; url: string | null };
  meta: { title: string | null; published: string | null; publishedFrom?: string | null; outlet: string | null; agencies: string[]; authors: string[]; language: string; [k: string]: unknown };
  text: string;
  removed: unknown[];
  sentences: { start: number; end: number }[];
  entities: Document['entities'];
  timexes: Document['timexes'];
  quotes: Quote[];
  events: EventRecord[];
  messages?: unknown[];
}

/** Paging: `limit` defaults to 50 (at most 1000), `offset` to 0. */
export interface Page { limit?: number; offset?: number }

export interface DocumentFilter extends Page {
  /** Full-text words (accents and case ignored). */
  q?: string;
  /** Publication date bounds, ISO (YYYY, YYYY-MM or YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
}

/** The timeline's filters (from, to, actor, type, status, place, q) on single-article events. */
export interface EventFilter extends Page, Omit<TimelineFilter, 'undated'> {
  /** Events of one document. */
  doc?: string;
}

export interface QuoteFilter extends Page {
  /** Speaker name, alias or entity id. */
  speaker?: string;
  /** Words in the quote (or its speaker's names). */
  q?: string;
  /** Bounds on the article's publication date. */
  from?: string;
  to?: string;
  doc?: string;
}

export interface EntityFilter extends Page {
  /** A name or alias, or part of one (accents and case ignored). */
  q?: string;
  type?: EntityType;
  doc?: string;
}

/** A list page: the items and how many match in all. Ordering is stable (documented per method). */
export interface Listing<T> { total: number; items: T[] }

export interface DocumentSummary {
  id: string;
  source: { name: string; path: string | null; url: string | null };
  title: string | null;
  published: string | null;
  outlet: string | null;
  events: number;
  quotes: number;
  /** With a full-text query: the matching passage, matches in [brackets]. */
  snippet?: string;
}

/** Where an item comes from. */
export interface Provenance { doc: string; source: string; published: string | null }

export type StoredEvent = EventRecord & Provenance;
export type StoredQuote = Quote & Provenance;

export interface StoredEntity {
  /** Knowledge-base id, or `<doc>/<local id>` for an entity local to one article. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Articles mentioning it, and mentions in all. */
  documents: number;
  mentions: number;
}

export interface SearchResult {
  documents: DocumentSummary[];
  quotes: StoredQuote[];
  entities: StoredEntity[];
}

export interface StoreStats {
  documents: number;
  entities: number;
  mentions: number;
  timexes: number;
  quotes: number;
  events: number;
  /** Earliest and latest publication dates stored. */
  firstPublished: string | null;
  lastPublished: string | null;
  schemaVersion: number;
}

/** A timeline query with a page: `filter.limit` (default 50, at most 1000) and `filter.offset`. */
export type TimelinePage = Listing<TimelineEvent>;

export interface PutResult { id: string; status: 'stored' | 'unchanged' }

export interface Store {
  /** Stores an analysed article whole (one transaction); an id already stored changes nothing. */
  putDocument(doc: Document | ContractDocument): Promise<PutResult>;
  /**
   * Optional (bulk ingest): stores articles already turned into rows by `prepareDocument`
   * (../store/prepare.ts), several in one transaction; ids already stored are left unchanged.
   * All or none of the batch is stored.
   */
  putPrepared?(docs: PreparedDocument[]): Promise<PutResult[]>;
  hasDocument(id: string): Promise<boolean>;
  /** The stored analysis, contract-v1 JSON, or null. */
  getDocument(id: string): Promise<ContractDocument | null>;
  /** Ordered by publication date (newest first, undated last), then id; with `q`, by relevance then id. */
  listDocuments(filter?: DocumentFilter): Promise<Listing<DocumentSummary>>;
  /** Ordered by event date (undated last), then document id, then event id. */
  listEvents(filter?: EventFilter): Promise<Listing<StoredEvent>>;
  /** Ordered by publication date (newest first), then document id, then position in the text. */
  listQuotes(filter?: QuoteFilter): Promise<Listing<StoredQuote>>;
  /** Ordered by number of articles (most first), then name, then id. */
  listEntities(filter?: EntityFilter): Promise<Listing<StoredEntity>>;
  /**
   * Full-text search over articles, quotes and entity names (aliases included). Articles newest
   * first (SQLite: most recently stored first), quotes by their article the same way then by
   * position, entities as listEntities orders them.
   */
  search(q: string, page?: Page): Promise<SearchResult>;
  /** The cross-article timeline fused from every stored event (see src/timeline). */
  getTimeline(filter?: TimelineFilter): Promise<Timeline>;
  /**
   * One page of `getTimeline(filter)` and how many events match in all; cost about the page and
   * the matches, not the whole timeline (the fusion is kept per data version).
   */
  getTimelinePage(filter?: TimelineFilter): Promise<TimelinePage>;
  /** One fused event of `getTimeline({ undated: true })` by its id, or null. */
  getTimelineEvent(id: string): Promise<TimelineEvent | null>;
  /**
   * Optional (what the API serves): a page as getTimelinePage gives it, each event as the JSON of
   * its view (src/store/timeline-view.ts) with its first `mentions` mentions.
   */
  getTimelinePageJSON?(filter: TimelineFilter, mentions: number): Promise<{ total: number; items: string[] }>;
  /** Optional: one event's view with every mention, as JSON, or null. */
  getTimelineEventJSON?(id: string): Promise<string | null>;
  /** Optional: the page of getTimelinePageJSON with its items joined with commas, in UTF-8 (what an HTTP answer splices in). */
  getTimelinePageBytes?(filter: TimelineFilter, mentions: number): Promise<{ total: number; bytes: Uint8Array }>;
  /**
   * A short string that changes whenever what the store answers may change (an article stored
   * here or by another process). Cheap enough to ask on every request (ETags, caches).
   */
  dataVersion(): Promise<string>;
  /**
   * Optional (a server's store): from now on, keep the fused timeline off the request thread, and
   * after a change keep answering from the last one while the new one is fused; searches may go
   * off it too.
   */
  fuseInBackground?(): void;
  /**
   * Optional, with fuseInBackground: the data version the timeline answers come from (behind
   * dataVersion while a newer fusion is under way). Without it, it is dataVersion.
   */
  timelineVersion?(): Promise<string>;
  /**
   * Optional (a server's store, before it listens): runs its own queries on its own data for a
   * moment, so the code of the request path is compiled, then forgets their answers.
   */
  warmUp?(budgetMs?: number): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export function pageOf(page: Page = {}): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(page.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}
