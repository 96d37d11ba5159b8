// Query and response schemas of the HTTP API (zod 4 + OpenAPI metadata). Queries are strict:
// a bad date, limit or enum value is a 400 with the reason, never a 500 further down.
import { DEFAULT_LIST_MENTIONS } from '../store/timeline-view.ts';
import { z } from '@hono/zod-openapi';

/** PLOVER's 16 event types (spec "Values"). */
export const EVENT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;
export const EVENT_STATUSES = ['occurred', 'ongoing', 'planned', 'proposed', 'requested', 'denied', 'hypothetical', 'cancelled'] as const;
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const MAX_LIMIT = 1000;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real day/month. */
export function isIsoBound(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] ? +m[2] : 1, day = m[3] ? +m[3] : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(+m[1], month, 0)).getUTCDate();
}

const dateBound = (name: string) => z.string()
  .refine(isIsoBound, { message: `${name}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)` })
  .optional()
  .openapi({ param: { name, in: 'query' }, example: '2025-08' });

const integer = (name: string, max: number, example: number) => z.string()
  .regex(/^\d{1,9}$/, { message: `${name}: not a whole number` })
  .transform(Number)
  .refine((n) => n <= max, { message: `${name}: at most ${max}` })
  .optional()
  .openapi({ param: { name, in: 'query' }, type: 'integer', example } as never);

/** One value or several comma-separated, each from `allowed` (case-insensitive). */
function enumList(name: string, allowed: readonly string[], normalize: (s: string) => string) {
  return z.string()
    .refine((v) => v.split(',').map((s) => s.trim()).filter(Boolean).every((s) => allowed.includes(normalize(s))), {
      message: `${name}: unknown value (one or several comma-separated of ${allowed.join(', ')})`,
    })
    .optional()
    .openapi({ param: { name, in: 'query' }, example: allowed[0] });
}

const text = (name: string, description: string, example?: string) =>
  z.string().max(500, { message: `${name}: at most 500 characters` }).optional().openapi({ param: { name, in: 'query' }, description, example });

const page = {
  limit: integer('limit', MAX_LIMIT, 50),
  offset: integer('offset', 1_000_000_000, 0),
};

export const ArticlesQuery = z.object({
  q: text('q', 'Full-text words, all must appear (accents and case ignored)', 'Poutine'),
  from: dateBound('from'),
  to: dateBound('to'),
  ...page,
});

export const EntitiesQuery = z.object({
  q: text('q', 'A name or alias, or part of one'),
  type: z.enum(ENTITY_TYPES, { message: `type: unknown entity type (${ENTITY_TYPES.join(', ')})` }).optional()
    .openapi({ param: { name: 'type', in: 'query' } }),
  ...page,
});

export const QuotesQuery = z.object({
  speaker: text('speaker', 'Speaker name, alias or entity id'),
  q: text('q', "Words in the quote or its speaker's names"),
  from: dateBound('from'),
  to: dateBound('to'),
  doc: text('doc', 'Quotes of one article'),
  ...page,
});

const eventFilters = {
  from: dateBound('from'),
  to: dateBound('to'),
  actor: text('actor', 'Actor name, alias or entity id', 'Poutine'),
  type: enumList('type', EVENT_TYPES, (s) => s.toUpperCase()),
  status: enumList('status', EVENT_STATUSES, (s) => s.toLowerCase()),
  place: text('place', 'Place name, alias or entity id'),
  q: text('q', 'Words in the evidence'),
};

export const EventsQuery = z.object({ ...eventFilters, doc: text('doc', 'Events of one article'), ...page });

const mentions = z.string()
  .regex(/^(\d{1,9}|all)$/, { message: 'mentions: a whole number or all' })
  .transform((v) => (v === 'all' ? Infinity : Number(v)))
  .optional()
  .openapi({ param: { name: 'mentions', in: 'query' }, description: `Mentions given with each event (default ${DEFAULT_LIST_MENTIONS}; all: every one); mentionCount says how many it has`, example: 'all' } as never);

export const TimelineQuery = z.object({
  ...eventFilters,
  undated: z.enum(['true', 'false'], { message: 'undated: true or false' }).optional().openapi({ param: { name: 'undated', in: 'query' } }),
  mentions,
  ...page,
});

export const SearchQuery = z.object({
  q: z.string({ message: 'q: required' }).trim().min(1, { message: 'q: required' }).max(500, { message: 'q: at most 500 characters' })
    .openapi({ param: { name: 'q', in: 'query' }, example: 'Poutine' }),
  ...page,
});

export const EXPORT_FORMAT_NAMES = ['jsonl', 'csv', 'csv-quotes', 'plover', 'timelinejs', 'gexf', 'ics', 'timeml'] as const;

export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES, { message: `format: required, one of ${EXPORT_FORMAT_NAMES.join(', ')}` })
    .openapi({ param: { name: 'format', in: 'query' } }),
  ...eventFilters,
});

export const IdParam = z.object({
  id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, description: 'URL-encoded id (may contain : and /)', example: 'Q7747' }),
});

export const ArticleInput = z.object({
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().regex(/^https?:\/\//i, { message: 'url: http(s) URL expected' }).optional(),
  name: z.string().max(300).optional(),
  title: z.string().max(1000).optional(),
  published: z.string().max(40).optional(),
  outlet: z.string().max(300).optional(),
}).refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, {
  message: 'give exactly one of "text", "html" or "url"',
}).openapi('ArticleInput');

// Response shapes: documented loosely (objects may carry more fields, as the contract allows).
const Span = z.looseObject({ start: z.number(), end: z.number(), text: z.string() });
const Source = z.object({ name: z.string(), path: z.string().nullable(), url: z.string().nullable() });
const Actor = z.looseObject({ entity: z.string().nullable(), name: z.string(), role: z.string().optional() });
const Place = z.looseObject({ entity: z.string().nullable(), name: z.string() }).nullable();
const EventDate = z.looseObject({ value: z.string(), text: z.string().optional() }).nullable();
const Provenance = { doc: z.string(), source: z.string(), published: z.string().nullable() };

export const ErrorBody = z.object({ error: z.object({ status: z.number(), message: z.string() }) }).openapi('Error');

export const DocumentSummary = z.looseObject({
  id: z.string(), source: Source, title: z.string().nullable(), published: z.string().nullable(), outlet: z.string().nullable(),
  events: z.number(), quotes: z.number(), snippet: z.string().optional(),
}).openapi('DocumentSummary');

export const ContractDocument = z.looseObject({
  id: z.string(), source: Source, meta: z.looseObject({ title: z.string().nullable(), published: z.string().nullable() }), text: z.string(),
  removed: z.array(z.unknown()), sentences: z.array(z.unknown()), entities: z.array(z.unknown()), timexes: z.array(z.unknown()),
  quotes: z.array(z.unknown()), events: z.array(z.unknown()),
}).openapi('Document');

export const StoredEvent = z.looseObject({
  id: z.string(), type: z.string(), mode: z.string().nullable().optional(), status: z.string(), date: EventDate, place: Place,
  actors: z.array(Actor), evidence: Span, ...Provenance,
}).openapi('StoredEvent');

export const StoredQuote = z.looseObject({
  start: z.number(), end: z.number(), text: z.string(), kind: z.string(),
  speaker: z.looseObject({ entity: z.string().nullable().optional(), name: z.string() }).nullable().optional(), ...Provenance,
}).openapi('StoredQuote');

export const StoredEntity = z.looseObject({
  id: z.string(), name: z.string(), type: z.string(), aliases: z.array(z.string()), documents: z.number(), mentions: z.number(),
}).openapi('StoredEntity');

export const TimelineEvent = z.looseObject({
  id: z.string(), type: z.string(), mode: z.string().nullable(), status: z.string(), date: EventDate, place: Place, actors: z.array(Actor),
  mentions: z.array(z.looseObject({ doc: z.string(), source: z.string(), status: z.string(), evidence: Span })),
  statusHistory: z.array(z.unknown()), contradiction: z.boolean(), reason: z.string().optional(),
  mentionCount: z.number().openapi({ description: 'How many mentions the event has (a list gives the first few: see the mentions parameter)' }),
  sourceCount: z.number().openapi({ description: 'How many articles report it' }),
}).openapi('TimelineEvent');

export function listingOf<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number(), limit: z.number(), offset: z.number(), items: z.array(item) });
}

export const EntityDetail = z.object({
  entity: StoredEntity,
  events: z.object({ total: z.number(), items: z.array(StoredEvent) }),
  placeEvents: z.object({ total: z.number(), items: z.array(StoredEvent) }),
  quotes: z.object({ total: z.number(), items: z.array(StoredQuote) }),
}).openapi('EntityDetail');

export const SearchBody = z.object({
  q: z.string(), documents: z.array(DocumentSummary), entities: z.array(StoredEntity), quotes: z.array(StoredQuote), events: z.array(TimelineEvent),
}).openapi('SearchResult');

export const StatsBody = z.looseObject({
  documents: z.number(), entities: z.number(), mentions: z.number(), timexes: z.number(), quotes: z.number(), events: z.number(),
  firstPublished: z.string().nullable(), lastPublished: z.string().nullable(), schemaVersion: z.number(), dataVersion: z.string(),
}).openapi('Stats');

export const PutBody = z.object({ id: z.string(), status: z.enum(['stored', 'unchanged']) }).openapi('PutResult');
