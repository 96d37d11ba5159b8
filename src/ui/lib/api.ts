// The HTTP API client (see src/api/README.md). Types come from the store and timeline modules
// (type-only imports: nothing of the server is bundled).
import type { ContractDocument, DocumentSummary, StoredEntity, StoredEvent, StoredQuote, StoreStats } from '../../store/types.ts';
import type { TimelineEvent } from '../../timeline/index.ts';
import type { TimelineEventView } from '../../store/timeline-view.ts';

export type { ContractDocument, DocumentSummary, StoredEntity, StoredEvent, StoredQuote, TimelineEvent, TimelineEventView };

export interface ApiList<T> { total: number; limit: number; offset: number; items: T[] }

export interface EntityPage {
  entity: StoredEntity;
  events: { total: number; items: StoredEvent[] };
  /** Events located at this entity (a place). */
  placeEvents?: { total: number; items: StoredEvent[] };
  quotes: { total: number; items: StoredQuote[] };
}

export interface SearchAnswer {
  q: string;
  documents: DocumentSummary[];
  entities: StoredEntity[];
  quotes: StoredQuote[];
  /** Fused timeline events whose evidence contains the words. */
  events: TimelineEventView[];
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

type Params = Record<string, string | number | boolean | null | undefined> | URLSearchParams;

function query(params?: Params): string {
  if (!params) return '';
  const search = new URLSearchParams();
  if (params instanceof URLSearchParams) params.forEach((v, k) => { if (v) search.append(k, v); });
  else for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '' && v !== false) search.set(k, String(v));
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}

async function get<T>(path: string, params?: Params): Promise<T> {
  const res = await fetch(path + query(params), { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try { message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message; } catch { /* not JSON */ }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

const id = (s: string) => encodeURIComponent(s);

export const api = {
  timeline: (params?: Params) => get<ApiList<TimelineEventView>>('/api/timeline', params),
  timelineEvent: (eventId: string) => get<TimelineEventView>(`/api/timeline/${id(eventId)}`),
  events: (params?: Params) => get<ApiList<StoredEvent>>('/api/events', params),
  articles: (params?: Params) => get<ApiList<DocumentSummary>>('/api/articles', params),
  article: (docId: string) => get<ContractDocument>(`/api/articles/${id(docId)}`),
  entities: (params?: Params) => get<ApiList<StoredEntity>>('/api/entities', params),
  entity: (entityId: string) => get<EntityPage>(`/api/entities/${id(entityId)}`),
  quotes: (params?: Params) => get<ApiList<StoredQuote>>('/api/quotes', params),
  search: (q: string, params?: Params) => get<SearchAnswer>('/api/search', { ...(params instanceof URLSearchParams ? {} : params), q }),
  stats: () => get<StoreStats & { dataVersion?: string }>('/api/stats'),
};
