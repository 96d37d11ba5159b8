// The Document: one article, its cleaned text, and every analysis layer as spans with
// UTF-16 offsets into `text` (see ../shared/spec/document.md, contract v1).
import { createHash } from 'node:crypto';
import { foldForm, matchForm } from './normalize.ts';

export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }

export type PublishedFrom = 'header' | 'given' | 'url' | 'text' | 'inferred' | null;

export interface Meta {
  title: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  publishedFrom: PublishedFrom;
  outlet: string | null;
  agencies: string[];
  authors: string[];
  language: string;
  /** When the article was fetched (ISO), for "Il y a 2 heures". Not part of contract v1. */
  crawled?: string | null;
}

export interface Removed {
  text: string;
  /** ad | furniture | credit | caption | byline | dateline | agency | duplicate-headline | title | … */
  reason: string;
  /** Offsets into the raw (decoded) input. */
  start?: number;
  end?: number;
}

export type Token = Span;

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'title' | 'description' | 'pronoun';

export interface EntityMention extends TextSpan {
  /** How the entity is named here: its name, "M. X", a role description, a pronoun. */
  kind?: MentionKind;
}

export interface ActorRef { entity: string | null; name: string; aliases?: string[] }

export interface Entity {
  /** Knowledge-base id when linked, else a local id (`local:…`). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: EntityMention[];
  wikidata?: string | null;
  /** KB subtype: country, city, person, institution, io, media, agency… */
  subtype?: string | null;
  /** Roles held at the article's date, or stated in the text ("porte-parole du Kremlin"). */
  roles?: string[];
  /** Metonymy: the political actor this entity stands for ("Moscou", "le Kremlin" → Russia). */
  actor?: ActorRef | null;
}

export interface Timex extends TextSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}

export interface Speaker {
  entity: string | null;
  name: string;
  aliases: string[];
  start: number | null;
  end: number | null;
}

export interface Quote extends TextSpan {
  kind: 'direct' | 'partial' | 'indirect';
  speaker: Speaker | null;
  cue: string | null;
}

export type EventStatus =
  | 'occurred' | 'ongoing' | 'planned' | 'proposed' | 'requested' | 'denied' | 'hypothetical' | 'cancelled';

export interface EventActor extends ActorRef { role: 'source' | 'target' | 'participant' }

export interface EventRecord {
  id: string;
  type: string;
  mode: string | null;
  status: EventStatus;
  date: { value: string; text: string; start?: number; end?: number } | null;
  place: { entity: string | null; name: string; aliases?: string[] } | null;
  actors: EventActor[];
  evidence: TextSpan;
  trigger?: TextSpan;
}

/** A warning or error, with its position in `text` when it has one (vfile style). */
export interface Message { component: string; level: 'info' | 'warning' | 'error'; reason: string; start?: number; end?: number }

export interface Source { name: string; path: string | null; url: string | null }

export interface Document {
  id: string;
  source: Source;
  meta: Meta;
  /** The decoded input before cleaning. Not emitted. */
  raw: string;
  text: string;
  removed: Removed[];
  sentences: Span[];
  /** Internal layer: not emitted in contract v1. */
  tokens: Token[];
  /** Paragraph spans (blocks separated by blank lines or line breaks in the cleaned text). Internal. */
  paragraphs: Span[];
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  /** Reported speech without quote marks (kind 'indirect'), kept apart from `quotes`. Optional. */
  reported?: Quote[];
  events: EventRecord[];
  messages: Message[];
  /** Lazily computed matching form of `text`, same length (see normalize.ts). */
  readonly norm: string;
  /**
   * Lazily computed foldForm(text) (lower case, no accents, same length), computed once per text
   * instead of once per component. Optional in the type only: createDocument always provides it.
   */
  readonly fold?: string;
}

/** What ingestion hands to the pipeline: decoded text plus whatever the container told us. */
export interface RawArticle {
  source: Source;
  /** Plain text (for HTML, the main text already extracted, one block per line). */
  raw: string;
  title?: string | null;
  published?: string | null;
  publishedFrom?: PublishedFrom;
  outlet?: string | null;
  authors?: string[];
  /** Crawl time, ISO; lets "Il y a 2 heures" resolve. */
  crawled?: string | null;
}

export function createDocument(input: RawArticle): Document {
  let normCache: { text: string; norm: string } | null = null;
  let foldCache: { text: string; fold: string } | null = null;
  const doc: Document = {
    id: '',
    source: input.source,
    meta: {
      title: input.title ?? null,
      published: input.published ?? null,
      publishedFrom: input.published ? (input.publishedFrom ?? 'given') : null,
      outlet: input.outlet ?? null,
      agencies: [],
      authors: input.authors ? [...input.authors] : [],
      language: 'fr',
      crawled: input.crawled ?? null,
    },
    raw: input.raw,
    text: input.raw,
    removed: [],
    sentences: [],
    tokens: [],
    paragraphs: [],
    entities: [],
    timexes: [],
    quotes: [],
    events: [],
    messages: [],
    get norm() {
      if (!normCache || normCache.text !== doc.text) normCache = { text: doc.text, norm: matchForm(doc.text) };
      return normCache.norm;
    },
    get fold() {
      if (!foldCache || foldCache.text !== doc.text) foldCache = { text: doc.text, fold: foldForm(doc.text) };
      return foldCache.fold;
    },
  };
  return doc;
}

/** Stable id derived from the cleaned text. */
export function documentId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The contract-v1 JSON shape of a document (key order fixed so output is byte-stable). */
export function toJSON(doc: Document): Record<string, unknown> {
  return {
    id: doc.id,
    source: doc.source,
    meta: doc.meta,
    text: doc.text,
    removed: doc.removed,
    sentences: doc.sentences,
    entities: doc.entities,
    timexes: doc.timexes,
    quotes: doc.quotes,
    ...(doc.reported ? { reported: doc.reported } : {}),
    events: doc.events,
    messages: doc.messages,
  };
}
